import type { DiffOp } from '../../core/regulation/index.js';

// An article's text with its character diff: deletions struck through (<del>), insertions
// underlined (<ins>). Colour is the second cue, never the only one; screen readers announce
// the deletion and insertion roles of the elements.

type Props = Readonly<{
  diff: readonly DiffOp[];
  show: 'old' | 'new' | 'both';
}>;

export function DiffText(props: Props) {
  return (
    <>
      {props.diff.map((op, index) => {
        if (op.op === 'equal') return <span key={index}>{op.text}</span>;
        if (op.op === 'delete' && props.show !== 'new') {
          return (
            <del key={index} className="diff-delete">
              {op.text}
            </del>
          );
        }
        if (op.op === 'insert' && props.show !== 'old') {
          return (
            <ins key={index} className="diff-insert">
              {op.text}
            </ins>
          );
        }
        return null;
      })}
    </>
  );
}
