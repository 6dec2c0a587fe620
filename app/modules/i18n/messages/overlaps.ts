import { defineMessages } from "./define";

export const overlapsMessages = defineMessages({}, {});
