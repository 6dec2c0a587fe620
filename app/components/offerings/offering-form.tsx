// The offering form (create and edit): every field of an offering, field-level messages, a hidden
// version for optimistic concurrency. Works without JavaScript; with it, only the relevant schedule
// and place fields show.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { CheckboxField, CheckboxGroup, Fieldset } from "~/components/network/fields";
import { Button, FormMessage, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import type { FormChoices, OfferingFormValues } from "~/modules/offerings/form.server";
import { audienceKey, audienceOptions, languageKey, scheduleKindKey, scheduleKinds, statusKey, statuses, weekdayKey, weekdayNumbers } from "~/modules/offerings/options";
import { offeringSchema } from "~/modules/offerings/schemas";
import { RadioGroup } from "./bits";
import { DateRows, type DateRow } from "./date-rows";
import { SimilarOfferings, type SimilarItemView } from "./similar-offerings";

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

export function OfferingForm({
  lastResult,
  defaultValue,
  dateRows,
  choices,
  areas,
  version,
  centreSlug,
  cancelTo,
  similar,
}: {
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: OfferingFormValues;
  /** The single-date rows to show (the server's answer after adding or removing a row without JavaScript). */
  dateRows?: DateRow[] | null;
  choices: FormChoices;
  areas: { id: string; name: string }[];
  /** The version this edit is based on (edit only). */
  version?: number;
  /** The centre of a new offering (create only). */
  centreSlug?: string;
  cancelTo: string;
  /** Similar offerings in the neighbourhood while writing (network slug; the list after a check without JavaScript). */
  similar?: { network: string; offeringId?: number; items?: SimilarItemView[] };
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "offering",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: offeringSchema }),
    shouldRevalidate: "onInput",
  });
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const initial = (lastResult?.initialValue ?? defaultValue) as Partial<Record<keyof OfferingFormValues, unknown>>;
  const [kind, setKind] = useState(text(fields.scheduleKind.initialValue) ?? defaultValue.scheduleKind);
  const [place, setPlace] = useState(text(fields.place.initialValue) ?? defaultValue.place);
  const field = (name: "title" | "placeName" | "placeAddress" | "startTime" | "endTime" | "validFrom" | "validUntil" | "cost" | "costNote" | "registrationHow" | "capacity" | "contactName" | "contactEmail" | "contactPhone" | "ageFrom" | "ageTo") => ({
    id: fields[name].id,
    name: fields[name].name,
    defaultValue: text(fields[name].initialValue),
    errors: fields[name].errors,
  });
  const groupErrors = (name: "audiences" | "weekdays" | "languages" | "partnerIds" | "focusAreas") => [
    ...new Set(Object.values(fields[name].allErrors).flat()),
  ];
  const rows = dateRows ?? ((initial.dates as DateRow[] | undefined) ?? defaultValue.dates);
  const showWeekly = !hydrated || kind === "weekly";
  const showDates = !hydrated || kind === "dates";
  const showCancelled = !hydrated || kind !== "appointment";
  const showOtherPlace = !hydrated || place === "other";
  const categoryName = (c: FormChoices["categories"][number]) => `${locale === "en" ? c.nameEn : c.nameDe}${c.retired ? ` ${t("offerings.form.retired")}` : ""}`;
  const hasErrors = Boolean(lastResult?.error && Object.values(lastResult.error).some((e) => e?.length));
  return (
    <Form method="post" {...getFormProps(form)} className="rounded-lg bg-white p-6 shadow">
      {/* Enter in a field saves: the first submit button is the form's default, not a row's remove button. */}
      <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
        {t("form.save")}
      </button>
      {hasErrors ? <FormMessage tone="error">{t("offerings.form.errors")}</FormMessage> : null}
      {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
      {centreSlug ? <input type="hidden" name="centre" value={centreSlug} /> : null}
      <p className="mb-4 font-medium">{t("offerings.form.centre", { name: choices.centre.name })}</p>

      <Fieldset legend={t("offerings.form.sectionBasics")}>
        <TextField {...field("title")} label={t("offerings.field.title")} maxLength={200} required />
        <TextAreaField
          id={fields.description.id}
          name={fields.description.name}
          label={t("offerings.field.description")}
          rows={5}
          maxLength={4000}
          defaultValue={text(fields.description.initialValue)}
          errors={fields.description.errors}
        />
        <SelectField
          id={fields.categoryId.id}
          name={fields.categoryId.name}
          label={t("offerings.field.categoryId")}
          defaultValue={text(fields.categoryId.initialValue) ?? ""}
          errors={fields.categoryId.errors}
          required
        >
          <option value="">{t("offerings.form.chooseCategory")}</option>
          {areas.map((area) => {
            const inArea = choices.categories.filter((c) => c.area === area.id);
            return inArea.length > 0 ? (
              <optgroup key={area.id} label={`${area.id} – ${area.name}`}>
                {inArea.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {categoryName(c)}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
          {choices.categories
            .filter((c) => !areas.some((a) => a.id === c.area))
            .map((c) => (
              <option key={c.id} value={String(c.id)}>
                {categoryName(c)}
              </option>
            ))}
        </SelectField>
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionTarget")}>
        <p id="offering-age-hint" className="mb-2 text-sm text-slate-700">
          {t("offerings.form.ageHint")}
        </p>
        <div className="grid gap-x-4 sm:grid-cols-4">
          <TextField {...field("ageFrom")} label={t("offerings.form.ageFrom")} inputMode="numeric" maxLength={4} required />
          <SelectField id={fields.ageFromUnit.id} name={fields.ageFromUnit.name} label={t("offerings.form.ageFromUnit")} defaultValue={text(fields.ageFromUnit.initialValue) ?? "years"}>
            <option value="years">{t("offerings.form.years")}</option>
            <option value="months">{t("offerings.form.months")}</option>
          </SelectField>
          <TextField {...field("ageTo")} label={t("offerings.form.ageTo")} inputMode="numeric" maxLength={4} required />
          <SelectField id={fields.ageToUnit.id} name={fields.ageToUnit.name} label={t("offerings.form.ageToUnit")} defaultValue={text(fields.ageToUnit.initialValue) ?? "years"}>
            <option value="years">{t("offerings.form.years")}</option>
            <option value="months">{t("offerings.form.months")}</option>
          </SelectField>
        </div>
        <CheckboxGroup
          id={fields.audiences.id}
          name={fields.audiences.name}
          legend={t("offerings.form.audiences")}
          options={audienceOptions.map((a) => ({ value: a, label: t(audienceKey(a)) }))}
          checked={asList(fields.audiences.initialValue)}
          errors={groupErrors("audiences")}
        />
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionPlace")}>
        <SelectField
          id={fields.neighbourhoodId.id}
          name={fields.neighbourhoodId.name}
          label={t("offerings.form.neighbourhood")}
          defaultValue={text(fields.neighbourhoodId.initialValue) ?? ""}
          errors={fields.neighbourhoodId.errors}
        >
          <option value="">{t("network.chooseNone")}</option>
          {choices.neighbourhoods.map((n) => (
            <option key={n.id} value={String(n.id)}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <div onChange={(event) => setPlace((event.target as HTMLInputElement).value as "centre" | "other")}>
          <RadioGroup
            id={fields.place.id}
            name={fields.place.name}
            legend={t("offerings.form.place")}
            value={text(fields.place.initialValue) ?? "centre"}
            errors={fields.place.errors}
            options={[
              { value: "centre", label: choices.centre.address ? t("offerings.form.placeCentre", { address: choices.centre.address }) : t("offerings.form.placeCentreNoAddress") },
              { value: "other", label: t("offerings.form.placeOther") },
            ]}
          />
        </div>
        <div hidden={!showOtherPlace} className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("placeName")} label={t("offerings.form.placeName")} maxLength={120} />
          <TextField {...field("placeAddress")} label={t("offerings.form.placeAddress")} maxLength={200} />
        </div>
      </Fieldset>
      {similar ? <SimilarOfferings network={similar.network} centreSlug={centreSlug} offeringId={similar.offeringId} initial={similar.items} /> : null}


      <Fieldset legend={t("offerings.form.sectionSchedule")}>
        <div onChange={(event) => setKind((event.target as HTMLInputElement).value as typeof kind)}>
          <RadioGroup
            id={fields.scheduleKind.id}
            name={fields.scheduleKind.name}
            legend={t("offerings.form.scheduleKind")}
            value={text(fields.scheduleKind.initialValue)}
            errors={fields.scheduleKind.errors}
            inline
            options={scheduleKinds.map((k) => ({ value: k, label: t(scheduleKindKey(k)) }))}
          />
        </div>
        <div hidden={!showWeekly} className="mt-2 rounded border border-slate-200 p-3">
          <h3 className="mb-2 text-base">{t("offerings.schedule.weekly")}</h3>
          <CheckboxGroup
            id={fields.weekdays.id}
            name={fields.weekdays.name}
            legend={t("offerings.form.weekdays")}
            options={weekdayNumbers.map((d) => ({ value: String(d), label: t(weekdayKey(d)) }))}
            checked={asList(fields.weekdays.initialValue)}
            errors={groupErrors("weekdays")}
          />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField {...field("startTime")} type="time" label={t("offerings.form.startTime")} />
            <TextField {...field("endTime")} type="time" label={t("offerings.form.endTime")} />
            <TextField {...field("validFrom")} type="date" label={t("offerings.form.validFrom")} />
            <TextField {...field("validUntil")} type="date" label={t("offerings.form.validUntil")} hint={t("offerings.form.validUntilHint")} />
          </div>
        </div>
        <div hidden={!showDates} className="mt-2 rounded border border-slate-200 p-3">
          <h3 id="offering-dates-heading" className="text-base">
            {t("offerings.schedule.dates")}
          </h3>
          <p className="mb-2 text-sm text-slate-700">{t("offerings.form.datesHint")}</p>
          <DateRows rows={rows} errors={form.allErrors} listErrors={fields.dates.errors} />
        </div>
        <div hidden={!showCancelled} className="mt-4">
          <TextAreaField
            id={fields.cancelled.id}
            name={fields.cancelled.name}
            label={t("offerings.form.cancelled")}
            hint={t("offerings.form.cancelledHint")}
            rows={3}
            defaultValue={text(fields.cancelled.initialValue)}
            errors={fields.cancelled.errors}
          />
        </div>
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionConditions")}>
        <CheckboxGroup
          id={fields.languages.id}
          name={fields.languages.name}
          legend={t("offerings.form.languages")}
          options={choices.languages.map((code) => {
            const key = languageKey(code);
            return { value: code, label: key ? t(key) : code };
          })}
          checked={asList(fields.languages.initialValue)}
          errors={groupErrors("languages")}
        />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("cost")} label={t("offerings.form.cost")} hint={t("offerings.form.costHint")} inputMode="decimal" maxLength={20} />
          <TextField {...field("costNote")} label={t("offerings.form.costNote")} hint={t("offerings.form.costNoteHint")} maxLength={200} />
        </div>
        <CheckboxField
          id={fields.registrationRequired.id}
          name={fields.registrationRequired.name}
          label={t("offerings.form.registrationRequired")}
          defaultChecked={fields.registrationRequired.initialValue === "on"}
          errors={fields.registrationRequired.errors}
        />
        <TextField {...field("registrationHow")} label={t("offerings.form.registrationHow")} maxLength={300} />
        <TextField {...field("capacity")} label={t("offerings.form.capacity")} hint={t("offerings.form.capacityHint")} inputMode="numeric" maxLength={6} />
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionPartners")}>
        {choices.partners.length > 0 ? (
          <CheckboxGroup
            id={fields.partnerIds.id}
            name={fields.partnerIds.name}
            legend={t("offerings.form.partners")}
            options={choices.partners.map((p) => ({ value: String(p.id), label: p.name }))}
            checked={asList(fields.partnerIds.initialValue)}
            errors={groupErrors("partnerIds")}
          />
        ) : (
          <p className="mb-4">{t("offerings.form.noPartners")}</p>
        )}
        {choices.focusAreas.length > 0 ? (
          <CheckboxGroup
            id={fields.focusAreas.id}
            name={fields.focusAreas.name}
            legend={t("offerings.form.focusAreas")}
            options={choices.focusAreas.map((area) => ({ value: area, label: area }))}
            checked={asList(fields.focusAreas.initialValue)}
            errors={groupErrors("focusAreas")}
          />
        ) : (
          <p>{t("offerings.form.noFocusAreas")}</p>
        )}
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionContact")}>
        <TextField {...field("contactName")} label={t("offerings.form.contactName")} autoComplete="off" maxLength={120} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField {...field("contactEmail")} type="email" label={t("offerings.form.contactEmail")} autoComplete="off" maxLength={254} />
          <TextField {...field("contactPhone")} type="tel" label={t("offerings.form.contactPhone")} autoComplete="off" maxLength={40} />
        </div>
      </Fieldset>

      <Fieldset legend={t("offerings.form.sectionStatus")}>
        <RadioGroup
          id={fields.status.id}
          name={fields.status.name}
          legend={t("offerings.form.status")}
          hint={t("offerings.form.statusHint")}
          value={text(fields.status.initialValue)}
          errors={fields.status.errors}
          inline
          options={statuses.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
      </Fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("form.save")}</Button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </div>
    </Form>
  );
}
