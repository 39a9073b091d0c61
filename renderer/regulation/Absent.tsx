/** The empty side of an added or deleted provision: a dash, and words for screen readers. */
export function Absent(props: { text: string }) {
  return (
    <span className="absent">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{props.text}</span>
    </span>
  );
}
