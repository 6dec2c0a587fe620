// All UI messages. Each area keeps its own file with a German source object and an English twin
// that must have the same keys (checked by the type of `defineMessages`).
import { accountMessages } from "./accounts";
import { adminMessages } from "./admin";
import { coreMessages } from "./core";
import { calendarMessages } from "./calendar";
import { importMessages } from "./import";
import { networkMessages } from "./network";
import { offeringsMessages } from "./offerings";

export const messagesDe = {
  ...coreMessages.de,
  ...accountMessages.de,
  ...adminMessages.de,
  ...networkMessages.de,
  ...offeringsMessages.de,
  ...importMessages.de,
  ...calendarMessages.de,
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
};
