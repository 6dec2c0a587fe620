import { defineMessages } from "./define";

export const reviewsMessages = defineMessages(
  {
    "reviews.title": "Überprüfung",
  },
  {
    "reviews.title": "Reviews",
  },
);
