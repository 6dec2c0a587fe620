import { defineMessages } from "./define";

export const meetingsMessages = defineMessages(
  {
    "meetings.title": "Arbeitskreis",
  },
  {
    "meetings.title": "Working group",
  },
);
