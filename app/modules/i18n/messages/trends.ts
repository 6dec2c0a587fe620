import { defineMessages } from "./define";

export const trendsMessages = defineMessages(
  {
    "trends.title": "Entwicklung",
  },
  {
    "trends.title": "Trends",
  },
);
