// All UI messages. Each area keeps its own file with a German source object and an English twin
// that must have the same keys (checked by the type of `defineMessages`).
import { accountMessages } from "./accounts";
import { adminMessages } from "./admin";
import { coreMessages } from "./core";
import { guideMessages } from "./guide";
import { calendarMessages } from "./calendar";
import { importMessages } from "./import";
import { needsMessages } from "./needs";
import { networkMessages } from "./network";
import { offeringsMessages } from "./offerings";
import { meetingsMessages } from "./meetings";
import { overlapsMessages } from "./overlaps";
import { recertificationMessages } from "./recertification";
import { reviewsMessages } from "./reviews";
import { trendsMessages } from "./trends";

export const messagesDe = {
  ...coreMessages.de,
  ...accountMessages.de,
  ...adminMessages.de,
  ...networkMessages.de,
  ...offeringsMessages.de,
  ...importMessages.de,
  ...calendarMessages.de,
  ...overlapsMessages.de,
  ...needsMessages.de,
  ...guideMessages.de,
  ...meetingsMessages.de,
  ...reviewsMessages.de,
  ...trendsMessages.de,
  ...recertificationMessages.de,
};

export type MessageKey = keyof typeof messagesDe;

export const messagesEn: Record<MessageKey, string> = {
  ...coreMessages.en,
  ...accountMessages.en,
  ...adminMessages.en,
  ...networkMessages.en,
  ...offeringsMessages.en,
  ...importMessages.en,
  ...calendarMessages.en,
  ...overlapsMessages.en,
  ...needsMessages.en,
  ...guideMessages.en,
  ...meetingsMessages.en,
  ...reviewsMessages.en,
  ...trendsMessages.en,
  ...recertificationMessages.en,
};
