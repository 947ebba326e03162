import { EnvelopeSolid } from "@medusajs/icons";
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui";
import { FetchError } from "@medusajs/js-sdk";
import { useState, type FormEvent } from "react";
import { type ArtisanInvite, useInviteArtisan } from "../../hooks/use-artisan-invite";
import { useT } from "../../hooks/use-t";
import { errorMessage } from "../../lib/api-error";
import type { AdminArtisanDetail } from "../../lib/types";
import { Field } from "../common/Field";
import { ArtisanInviteLink } from "./ArtisanInviteLink";

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** On an artisan's page: invite them to the artisan portal by email, then show the link to copy. */
export function ArtisanInviteSection({ artisan }: { artisan: AdminArtisanDetail }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [invite, setInvite] = useState<ArtisanInvite | null>(null);
  const mutation = useInviteArtisan(artisan.id);
  const inputId = `artisan-invite-email-${artisan.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    if (!EMAIL_PATTERN.test(value)) {
      setError(t("artisanInvite.emailInvalid"));
      return;
    }
    setError(undefined);
    mutation.mutate(value, {
      onSuccess: (created) => {
        setInvite(created);
        setOpen(false);
        toast.success(t("artisanInvite.sent", { email: created.email }));
      },
      onError: (failure) => {
        const message =
          failure instanceof FetchError && failure.status === 409
            ? t("artisanInvite.emailTaken")
            : t("artisanInvite.error", { message: errorMessage(failure) });
        setError(message);
      },
    });
  };

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("artisanInvite.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("artisanInvite.description")}
          </Text>
        </div>
        {!open && (
          <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
            <EnvelopeSolid />
            {invite ? t("artisanInvite.reinvite") : t("artisanInvite.invite")}
          </Button>
        )}
      </div>
      {open && (
        <form onSubmit={submit} noValidate className="flex flex-col gap-y-3">
          <Field
            label={t("artisanInvite.email")}
            htmlFor={inputId}
            hint={t("artisanInvite.emailHint")}
            error={error}
          >
            <Input
              id={inputId}
              type="email"
              autoComplete="off"
              value={email}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
          <div className="flex gap-x-2">
            <Button type="submit" size="small" isLoading={mutation.isPending}>
              {t("artisanInvite.send")}
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
      {invite && <ArtisanInviteLink invite={invite} />}
    </Container>
  );
}
