import sprite from 'dkfds-dist/img/all-svg-icons.svg?url';

/** A decorative DKFDS icon; the text beside it carries the meaning. */
export function Icon({ name }: { name: string }) {
  return (
    <svg className="icon-svg" focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
