import { defineMessages } from "./define";

export const offeringsMessages = defineMessages({}, {});
