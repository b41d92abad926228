import { Fragment } from 'react'

/** A statement's date: `RRRR-MM-DD` in a <time> with the template's id; "nie podano" when missing. */
export const StatementDate = ({ day, id }: { day: null | string; id: string }) =>
  day ? (
    <time dateTime={day} id={id}>
      {day}
    </time>
  ) : (
    <span id={id}>nie podano</span>
  )

/** Paragraphs written in a textarea: each one a <p>, its single line breaks kept. */
export const Paragraphs = ({ lines }: { lines: string[] }) => (
  <>
    {lines.map((paragraph, i) => (
      <p key={i}>
        {paragraph.split('\n').map((line, j) => (
          <Fragment key={j}>
            {j ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </p>
    ))}
  </>
)
