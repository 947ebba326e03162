import { Alert, Button, Heading, Text, toast } from "@medusajs/ui";
import { useState } from "react";
import type { AdminHomeCurationResponse, CurationChoices } from "../../../modules/curation/types";
import { useSaveHomeCuration, type HomeCurationBody } from "../../hooks/use-curation";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import { Field } from "../common/Field";
import { OptionSelect } from "../common/OptionSelect";
import { curationOptions, defaultVillages, type DashboardLanguage } from "./curation-options";
import { OrderedPicker } from "./OrderedPicker";

/** As many as the API accepts (commerce/src/api/admin/curation/validators.ts). */
const MAX_VILLAGES = 12;
const MAX_ITINERARIES = 6;

interface HomeCurationFormProps {
  choices: CurationChoices;
  current: AdminHomeCurationResponse;
  language: DashboardLanguage;
}

/** The saved choices, or the content's defaults when nothing was saved yet. */
function initialBody(current: AdminHomeCurationResponse, choices: CurationChoices): HomeCurationBody {
  return {
    featured_villages: current.updated_at ? current.featured_villages : defaultVillages(choices),
    seasonal_festival: current.seasonal_festival,
    itineraries: current.itineraries,
  };
}

/** The three curated parts of the home page, edited together and saved with one button. */
export function HomeCurationForm({ choices, current, language }: HomeCurationFormProps) {
  const { t } = useT();
  const options = curationOptions(choices, language, t);
  const [saved, setSaved] = useState(() => initialBody(current, choices));
  const [body, setBody] = useState(saved);
  const save = useSaveHomeCuration();
  const changed = JSON.stringify(body) !== JSON.stringify(saved);
  const invalid = body.featured_villages.length === 0;
  const chosenFestival = options.festivals.find((festival) => festival.value === body.seasonal_festival);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    save.mutate(body, {
      onSuccess: (result) => {
        const next = initialBody(result, choices);
        setSaved(next);
        setBody(next);
        toast.success(t("curation.saved"));
      },
      onError: (error) => toast.error(t("common.saveError", { message: errorMessage(error) })),
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col divide-y" aria-labelledby="curation-heading">
      <section className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("curation.villages")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("curation.villagesHint")}
        </Text>
        <OrderedPicker
          id="curation-villages"
          value={body.featured_villages}
          onChange={(featured_villages) => setBody({ ...body, featured_villages })}
          options={options.villages}
          addLabel={t("curation.addVillage")}
          max={MAX_VILLAGES}
        />
        {invalid && <Alert variant="error">{t("curation.needVillage")}</Alert>}
      </section>
      <section className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("curation.festival")}</Heading>
        <Field
          label={t("curation.festivalLabel")}
          htmlFor="curation-festival"
          hint={chosenFestival?.detail ?? t("curation.festivalHint")}
        >
          <div className="max-w-sm">
            <OptionSelect
              id="curation-festival"
              value={body.seasonal_festival ?? ""}
              onChange={(handle) => setBody({ ...body, seasonal_festival: handle || null })}
              options={options.festivals}
              noneLabel={t("curation.festivalAutomatic")}
            />
          </div>
        </Field>
      </section>
      <section className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("curation.itineraries")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("curation.itinerariesHint")}
        </Text>
        <OrderedPicker
          id="curation-itineraries"
          value={body.itineraries}
          onChange={(itineraries) => setBody({ ...body, itineraries })}
          options={options.itineraries}
          addLabel={t("curation.addItinerary")}
          max={MAX_ITINERARIES}
        />
      </section>
      <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-2 px-6 py-4">
        {changed && (
          <Text size="small" className="text-ui-fg-subtle mr-auto" role="status">
            {t("curation.unsaved")}
          </Text>
        )}
        <Button
          type="button"
          variant="secondary"
          size="small"
          disabled={!changed}
          onClick={() => setBody(saved)}
        >
          {t("curation.reset")}
        </Button>
        <Button type="submit" size="small" isLoading={save.isPending} disabled={invalid}>
          {t("curation.save")}
        </Button>
      </div>
    </form>
  );
}
