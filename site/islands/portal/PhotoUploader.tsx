import { useEffect, useId, useRef, useState } from "react";
import { checkPhoto, uploadErrorKey, type PhotoStringKey, type PhotoStrings } from "./photo-strings.ts";

interface Props {
  /** `/portal-api/artisan/products/:id/photos` (same origin; the session cookie goes along). */
  uploadUrl: string;
  /** The edit page again, with a notice: loaded once the photo is stored. */
  doneUrl: string;
  /** Where to go when the session has ended. */
  loginUrl: string;
  strings: PhotoStrings;
}

type State =
  | { kind: "idle" }
  | { kind: "chosen"; file: File; preview: string }
  | { kind: "uploading"; file: File; preview: string; percent: number }
  | { kind: "failed"; file: File | null; preview: string | null; error: PhotoStringKey; retry: boolean };

/**
 * Picks one photo, checks its type and size before sending anything, shows a preview, uploads it with
 * a progress bar (XMLHttpRequest: fetch has no upload progress) and keeps the file for a retry when
 * the connection drops.
 */
export default function PhotoUploader({ uploadUrl, doneUrl, loginUrl, strings }: Props) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => setReady(true), []);
  const preview = "preview" in state ? state.preview : null;
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  function choose(file: File | undefined) {
    if (!file) return setState({ kind: "idle" });
    const error = checkPhoto(file);
    if (error) {
      if (input.current) input.current.value = "";
      return setState({ kind: "failed", file: null, preview: null, error, retry: false });
    }
    setState({ kind: "chosen", file, preview: URL.createObjectURL(file) });
  }

  function upload(file: File, shown: string) {
    const body = new FormData();
    body.append("photo", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", uploadUrl);
    request.responseType = "json";
    setState({ kind: "uploading", file, preview: shown, percent: 0 });
    request.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      const percent = Math.min(99, Math.round((event.loaded / event.total) * 100));
      setState({ kind: "uploading", file, preview: shown, percent });
    };
    const fail = (error: PhotoStringKey, retry: boolean) =>
      setState({ kind: "failed", file: retry ? file : null, preview: retry ? shown : null, error, retry });
    request.onload = () => {
      if (request.status === 201 || request.status === 200) return window.location.assign(doneUrl);
      if (request.status === 401) return window.location.assign(loginUrl);
      const code: unknown = request.response?.code;
      const error = uploadErrorKey(request.status, code);
      fail(error, error === "portal.error.unavailable" || error === "portal.error.unknown");
    };
    request.onerror = () => fail("portal.photos.network", true);
    request.ontimeout = () => fail("portal.photos.network", true);
    request.send(body);
  }

  const busy = state.kind === "uploading";
  return (
    <div className="photo-uploader" data-ready={ready ? "true" : undefined}>
      <label className="button button--secondary photo-uploader__choose" htmlFor={id}>
        {strings["portal.photos.choose"]}
      </label>
      <input
        ref={input}
        id={id}
        className="photo-uploader__input"
        type="file"
        name="photo"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
        disabled={busy}
        onChange={(event) => choose(event.currentTarget.files?.[0])}
      />
      {preview && (
        <figure className="photo-uploader__preview">
          <img src={preview} alt={strings["portal.photos.preview"]} />
        </figure>
      )}
      {state.kind === "chosen" && (
        <button type="button" onClick={() => upload(state.file, state.preview)}>
          {strings["portal.photos.upload"]}
        </button>
      )}
      {state.kind === "uploading" && (
        <div role="status">
          <progress max={100} value={state.percent} aria-label={strings["portal.photos.upload"]} />
          <p>{strings["portal.photos.uploading"].replace("{percent}", String(state.percent))}</p>
        </div>
      )}
      {state.kind === "failed" && (
        <div className="error-summary" role="alert" data-code={state.error}>
          <p>{strings[state.error]}</p>
          {state.retry && state.file && state.preview && (
            <button type="button" onClick={() => upload(state.file!, state.preview!)}>
              {strings["portal.photos.retry"]}
            </button>
          )}
        </div>
      )}
      {(state.kind === "chosen" || state.kind === "failed") && state.file && (
        <button type="button" className="button--secondary" onClick={() => choose(undefined)}>
          {strings["portal.photos.cancel"]}
        </button>
      )}
    </div>
  );
}
