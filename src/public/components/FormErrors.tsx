/**
 * What a form refused, announced to screen readers (role="alert"): one paragraph per message, or,
 * with a heading, the messages as a list under it. Nothing when there is nothing to say.
 */
export const FormErrors = ({ heading, messages }: { heading?: string; messages: string[] }) =>
  messages.length ? (
    <div className="errors" role="alert">
      {heading ? (
        <>
          <p>{heading}</p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : (
        messages.map((m) => <p key={m}>{m}</p>)
      )}
    </div>
  ) : null
