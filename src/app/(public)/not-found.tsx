export default function NotFound() {
  return (
    <>
      <h1>Nie znaleziono strony</h1>
      <p>Ta strona nie istnieje albo nie jest (już) publicznie dostępna.</p>
      <p>
        <a href="/aktualnosci">Przejdź do aktualności</a>
      </p>
    </>
  )
}
