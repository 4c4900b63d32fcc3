/** A visible label with the context a screen reader needs read before it ("Meeting 2, item 3:"). */
export function PrefixedLabel({ prefix, text }: { prefix: string; text: string }) {
  return (
    <>
      <span className="visually-hidden">{prefix} </span>
      {text}
    </>
  );
}
