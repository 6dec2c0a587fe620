export const minPasswordLengthValue = 10;
export const maxPasswordLengthValue = 200;
