import type { Metadata } from 'next'

import { polishLabelOf } from '../../../domain/labels'
import type { OfficialProfile } from '../../../domain/official-profiles'
import { PROFILE_PLATFORMS } from '../../../domain/taxonomy'
import { polishDate } from '../../../public/paging'
import { profilesRegistry } from '../../../public/profiles'
import './profiles.css'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  alternates: { canonical: '/oficjalne-profile' },
  description:
    'Lista zweryfikowanych, oficjalnych profili gminy i jej jednostek w mediach społecznościowych, z historią przekazań i sposobem zgłaszania fałszywych profili.',
  title: 'Oficjalne profile w mediach społecznościowych',
}

const platform = (p: OfficialProfile) => polishLabelOf(PROFILE_PLATFORMS, p.platform)
const nameOf = (p: OfficialProfile) => p.handle?.trim() || p.url

export default async function OfficialProfilesPage() {
  const { office, registry, rulesOf } = await profilesRegistry()
  return (
    <>
      <h1>Oficjalne profile w mediach społecznościowych</h1>
      <p className="lead">
        Oficjalne są tylko profile wymienione na tej stronie. Każdy może założyć stronę o podobnej
        nazwie – zanim zaufasz wpisowi, sprawdź, czy pochodzi z profilu z tej listy.
      </p>
      <p>
        Profile należą do jednostek, nie do osób: po zmianie kadencji rady czy wójta profil zostaje
        ten sam i przechodzi na kolejną kadencję. Przekazania i profile, których już nie używamy, są
        w <a href="#historia">historii</a> na dole strony.
      </p>

      <section aria-labelledby="lista">
        <h2 id="lista">Zweryfikowane profile jednostek</h2>
        {registry.current.length ? (
          registry.current.map(({ profiles, unit }) => (
            <section
              aria-labelledby={`jednostka-${unit.id}`}
              className="unit-profiles"
              key={String(unit.id)}
            >
              <h3 id={`jednostka-${unit.id}`}>{unit.name}</h3>
              <div className="table-scroll">
                <table className="profiles reflow">
                  <thead>
                    <tr>
                      <th scope="col">Serwis</th>
                      <th scope="col">Profil</th>
                      <th scope="col">Oficjalny od</th>
                      <th scope="col">Zasady dyskusji</th>
                    </tr>
                  </thead>
                  <tbody>
                    {profiles.map((p) => {
                      const rules = rulesOf(unit.id, p)
                      return (
                        <tr key={p.id ?? p.url}>
                          <td data-label="Serwis">{platform(p)}</td>
                          <td data-label="Profil">
                            <a href={p.url} rel="noopener">
                              {nameOf(p)}
                            </a>
                            <span className="address">{p.url}</span>
                          </td>
                          <td data-label="Oficjalny od">{p.since ? polishDate(p.since) : '—'}</td>
                          <td data-label="Zasady dyskusji">
                            {rules ? (
                              <a href={`/zasady-dyskusji/${rules.slug}`}>{rules.title}</a>
                            ) : (
                              '—'
                            )}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          ))
        ) : (
          <p>
            Nie ma jeszcze zweryfikowanych profili. Do tego czasu żaden profil w mediach
            społecznościowych nie jest oficjalnym profilem gminy.
          </p>
        )}
      </section>

      <section aria-labelledby="rozpoznawanie">
        <h2 id="rozpoznawanie">Jak rozpoznać fałszywy lub zdublowany profil</h2>
        <ul>
          <li>
            Porównaj adres profilu z adresem na tej liście – musi być dokładnie taki sam. Fałszywe
            strony mają podobną nazwę, dopisek w rodzaju „Oficjalny”, „Info” lub „Nowa kadencja”
            albo literówkę.
          </li>
          <li>
            Strona założona „na nową kadencję” nie jest oficjalna, dopóki nie pojawi się na tej
            liście: oficjalny profil przechodzi z kadencji na kadencję.
          </li>
          <li>
            Oficjalne profile publikują informacje publiczne razem z linkiem do Biuletynu Informacji
            Publicznej (BIP) – tam jest ich oficjalna treść.
          </li>
          <li>
            Oficjalny profil nigdy nie prosi w wiadomości o hasła, dane do logowania, numer karty
            ani przelew.
          </li>
        </ul>
      </section>

      <section aria-labelledby="zglaszanie">
        <h2 id="zglaszanie">Jak zgłosić fałszywy profil</h2>
        <ol>
          <li>
            <strong>Zgłoś go serwisowi.</strong> Na Facebooku otwórz menu „…” na stronie profilu,
            wybierz „Zgłoś stronę” (lub „Znajdź pomoc lub zgłoś”) i wskaż podszywanie się pod kogoś.
            W innych serwisach użyj opcji „Zgłoś” i powodu „podszywanie się”. Serwis ocenia
            zgłoszenie według swojego regulaminu.
          </li>
          <li>
            <strong>Powiadom nas.</strong>{' '}
            {office?.email ? (
              <>
                Napisz na <a href={`mailto:${office.email}`}>{office.email}</a>
                {office.phone ? <> lub zadzwoń: {office.phone}</> : null}
              </>
            ) : (
              <>Napisz lub zadzwoń do {office?.name ?? 'urzędu gminy'}</>
            )}{' '}
            i podaj adres fałszywego profilu, a jeśli możesz – zrzut ekranu. Jednostka, pod którą
            ktoś się podszywa, sama zgłosi naruszenie regulaminu administratorowi serwisu; to
            najskuteczniejszy sposób usuwania zdublowanych stron.
          </li>
          <li>Nie odpowiadaj na wiadomości z fałszywego profilu i nie udostępniaj jego wpisów.</li>
        </ol>
      </section>

      <section aria-labelledby="historia">
        <h2 id="historia">Historia</h2>
        <h3>Przekazania profili</h3>
        {registry.handovers.length ? (
          <div className="table-scroll">
            <table className="profiles reflow">
              <thead>
                <tr>
                  <th scope="col">Data</th>
                  <th scope="col">Jednostka i profil</th>
                  <th scope="col">Kto przekazał</th>
                  <th scope="col">Komu</th>
                  <th scope="col">Uwagi</th>
                </tr>
              </thead>
              <tbody>
                {registry.handovers.map(({ handover, profile, unit }) => (
                  <tr key={`${unit.id}:${profile.id ?? profile.url}:${handover.id ?? handover.at}`}>
                    <td data-label="Data">{polishDate(handover.at)}</td>
                    <td data-label="Jednostka i profil">{`${unit.name}: ${nameOf(profile)} (${platform(profile)})`}</td>
                    <td data-label="Kto przekazał">{handover.from}</td>
                    <td data-label="Komu">{handover.to}</td>
                    <td data-label="Uwagi">{handover.note || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Nie zapisano jeszcze żadnego przekazania.</p>
        )}
        <h3>Profile, których już nie używamy</h3>
        {registry.past.length ? (
          <>
            <p>
              Te adresy nie są już oficjalne: nie publikujemy pod nimi i nie odpowiadamy za to, co
              się tam ukazuje.
            </p>
            <div className="table-scroll">
              <table className="profiles reflow">
                <thead>
                  <tr>
                    <th scope="col">Jednostka</th>
                    <th scope="col">Serwis</th>
                    <th scope="col">Profil</th>
                    <th scope="col">Był oficjalny</th>
                    <th scope="col">Uwagi</th>
                  </tr>
                </thead>
                <tbody>
                  {registry.past.map(({ profile, unit }) => (
                    <tr key={`${unit.id}:${profile.id ?? profile.url}`}>
                      <td data-label="Jednostka">{unit.name}</td>
                      <td data-label="Serwis">{platform(profile)}</td>
                      <td data-label="Profil">
                        {nameOf(profile)}
                        <span className="address">{profile.url}</span>
                      </td>
                      <td data-label="Był oficjalny">{`${profile.since ? `od ${polishDate(profile.since)} ` : ''}do ${polishDate(profile.until)}`}</td>
                      <td data-label="Uwagi">{profile.note || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p>Wszystkie oficjalne profile są nadal używane.</p>
        )}
      </section>
    </>
  )
}
