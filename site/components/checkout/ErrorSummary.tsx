import { fieldId } from "./FormFields.tsx";

interface Props {
  title: string;
  /** Field name and message, in the form's order. */
  errors: [string, string][];
}

/** Every problem at the top of the form, each a link to its field; announced when it appears. */
export function ErrorSummary({ title, errors }: Props) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="checkout-error-summary">
      <h2 id="checkout-error-summary">{title}</h2>
      <ul>
        {errors.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
