/** The residents' 404: the same words wherever Next renders it (a segment's not-found or the global one). */
export const NotFoundContent = () => (
  <>
    <h1>Nie znaleziono strony</h1>
    <p>Ta strona nie istnieje albo nie jest (już) publicznie dostępna.</p>
    <p>
      <a href="/aktualnosci">Przejdź do aktualności</a> albo <a href="/">na stronę główną</a>.
    </p>
  </>
)
