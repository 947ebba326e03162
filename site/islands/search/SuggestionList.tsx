import { Highlight } from "react-instantsearch";
import type { Suggestion, SuggestionGroup } from "./suggestion-types.ts";

interface Props {
  listId: string;
  label: string;
  groups: SuggestionGroup[];
  /** The last option: every result on the search page. */
  all: Suggestion;
  active: number;
  optionId: (index: number) => string;
  /** A search for newer words is under way: the options may still change. */
  busy: boolean;
}

function Label({ option }: { option: Suggestion }) {
  return option.hit._highlightResult?.[option.attribute] ? (
    <Highlight hit={option.hit} attribute={option.attribute} />
  ) : (
    <>{option.label}</>
  );
}

/**
 * The suggestions as an ARIA listbox of groups (products, villages, artisans) and a last "see all"
 * option. Options are chosen with the keyboard from the input (use-combobox.ts) or by a click; a
 * mousedown does not take the focus from the input.
 */
export function SuggestionList({ listId, label, groups, all, active, optionId, busy }: Props) {
  let index = -1;
  const option = (item: Suggestion, extra = "") => {
    index += 1;
    return (
      <div
        key={item.id}
        id={optionId(index)}
        role="option"
        aria-selected={index === active}
        className={`suggest__option${extra}`}
        data-testid="header-suggestion"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => window.location.assign(item.href)}
      >
        <span className="suggest__label">
          <Label option={item} />
        </span>
        {item.detail && <span className="suggest__detail">{item.detail}</span>}
      </div>
    );
  };
  return (
    <div
      id={listId}
      role="listbox"
      aria-label={label}
      aria-busy={busy}
      className="suggest"
      data-testid="header-suggestions"
    >
      {groups.map((group) => (
        <div key={group.key} role="group" aria-labelledby={`${listId}-${group.key}`}>
          <div role="presentation" id={`${listId}-${group.key}`} className="suggest__group">
            {group.label}
          </div>
          {group.options.map((item) => option(item))}
        </div>
      ))}
      {option(all, " suggest__option--all")}
    </div>
  );
}
