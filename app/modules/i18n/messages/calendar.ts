import { defineMessages } from "./define";

export const calendarMessages = defineMessages({}, {});
