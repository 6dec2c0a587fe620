import { defineMessages } from "./define";

export const needsMessages = defineMessages({}, {});
