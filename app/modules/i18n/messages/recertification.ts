import { defineMessages } from "./define";

export const recertificationMessages = defineMessages(
  {
    "recert.title": "Rezertifizierung",
  },
  {
    "recert.title": "Recertification",
  },
);
