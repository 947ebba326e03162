import { Text } from "@medusajs/ui";
import { Link } from "react-router-dom";
import { useT } from "../../hooks/use-t";
import type { AdminProductCraftResponse } from "../../lib/types";
import { InfoRow } from "../common/InfoRow";
import { ProductMarks } from "./ProductMarks";

/** A Vietnamese text with its English translation, muted, under it. */
function Bilingual({ vi, en }: { vi: string; en?: string }) {
  return (
    <>
      <span lang="vi" className="block whitespace-pre-line">
        {vi}
      </span>
      {en && (
        <span lang="en" className="text-ui-fg-muted block whitespace-pre-line">
          {en}
        </span>
      )}
    </>
  );
}

/** The rows of the product's craft section: craft, maker, village, materials, care, OCOP, marks. */
export function CraftProfileDetails({
  craft: { craft_profile: profile, artisan },
}: {
  craft: AdminProductCraftResponse;
}) {
  const { t, craftName, ethnicGroupName } = useT();
  if (!profile && !artisan) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-muted">
          {t("craft.empty")}
        </Text>
      </div>
    );
  }
  const none = <span className="text-ui-fg-muted">-</span>;
  return (
    <>
      <InfoRow label={t("craft.craft")}>{profile ? craftName(profile.craft) : none}</InfoRow>
      <InfoRow label={t("craft.artisan")}>
        {artisan ? (
          <Link to={`/artisans/${artisan.id}`} className="text-ui-fg-interactive hover:underline">
            {artisan.display_name}
          </Link>
        ) : (
          none
        )}
      </InfoRow>
      <InfoRow label={t("craft.village")}>
        {profile?.village_handle ?? artisan?.village_handle ?? none}
      </InfoRow>
      <InfoRow label={t("craft.ethnicGroup")}>
        {profile?.ethnic_group ? ethnicGroupName(profile.ethnic_group) : none}
      </InfoRow>
      <InfoRow label={t("craft.materials")}>
        {profile?.materials.length ? (
          <ul className="flex flex-col gap-y-2">
            {profile.materials.map((material, index) => (
              <li key={index}>
                <Bilingual
                  vi={`${material.name.vi} — ${material.origin.vi}`}
                  en={
                    material.name.en || material.origin.en
                      ? `${material.name.en || material.name.vi} — ${material.origin.en || material.origin.vi}`
                      : undefined
                  }
                />
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </InfoRow>
      <InfoRow label={t("craft.daysToMake")}>
        {profile?.days_to_make ? t("craft.days", { count: profile.days_to_make }) : none}
      </InfoRow>
      <InfoRow label={t("craft.care")}>
        {profile?.care_instructions ? <Bilingual {...profile.care_instructions} /> : none}
      </InfoRow>
      <InfoRow label={t("craft.ocop")}>
        {profile?.ocop_stars ? (
          <span aria-label={t("craft.stars", { count: profile.ocop_stars })}>
            {"★".repeat(profile.ocop_stars)} {t("craft.stars", { count: profile.ocop_stars })}
          </span>
        ) : (
          <span className="text-ui-fg-muted">{t("craft.ocopNone")}</span>
        )}
      </InfoRow>
      <InfoRow label={t("craft.marks")}>
        {profile?.marks.length ? <ProductMarks handles={profile.marks} artisan={artisan} /> : none}
      </InfoRow>
    </>
  );
}
