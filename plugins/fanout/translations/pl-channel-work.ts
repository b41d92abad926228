/** The fan-out's Polish texts for what staff do with copies: BIP withdrawals and skipped copies. */
export const plChannelWork = {
  /** A copy whose BIP entry was withdrawn: taken down automatically, or a task for the editors. */
  withdrawal: {
    auditTakedownQueued: 'wpis BIP wycofany: zaplanowano automatyczne usunięcie kopii',
    auditTask: 'wpis BIP wycofany: utworzono zadanie dla redakcji',
    copyRemoved: 'Wycofany z BIP – kopia usunięta z kanału.',
    copyRemoving: 'Wycofany z BIP – kopia jest usuwana z Fanpage’a.',
    copyTask: 'Wycofany z BIP – zadanie dla redakcji: usuń kopię z kanału i potwierdź.',
    markRemoved: 'Kopia usunięta – potwierdzam',
    notATask: 'Usunięcie potwierdza się tylko dla zadania po wycofaniu wpisu z BIP.',
    postRemoved: 'Wycofany z BIP – kopia usunięta z Fanpage’a',
    postRemovedOther: 'Wycofany z BIP – kopie usunięte z kanałów',
    postRemoving: 'Wycofany z BIP – usuwanie kopii z Fanpage’a',
    postTask: 'Wycofany z BIP – zadanie dla redakcji',
    recorded: 'Zapisano: kopia usunięta z kanału.',
    taskFanpage:
      'Wpis w BIP wycofano. Usuń kopię z fanpage’a (przycisk „Usuń kopię z fanpage” albo ręcznie w Meta Business Suite), a potem potwierdź usunięcie.',
    taskFanpageFailed:
      'Wpis w BIP wycofano, ale automatyczne usunięcie kopii z fanpage’a się nie udało ({{problem}}). Usuń ją ręcznie i potwierdź usunięcie.',
    taskGroup:
      'Wpis w BIP wycofano. Usuń post z grupy mieszkańców (albo poproś o to operatora grupy), a potem potwierdź usunięcie.',
  },
  /** "Send now" for a copy skipped because its channel was not configured at publication. */
  sendNow: {
    action: 'Wyślij teraz',
    alert: 'Pominięte kopie z ostatnich 14 dni, które można już wysłać: {{count}}.',
    alreadySent: 'Ta kopia już wyszła – nie wysyłamy jej drugi raz.',
    bipWithdrawn: 'Wpis w BIP został wycofany – kopii nie wysyłamy.',
    bulk: 'Wyślij pominięte z ostatnich 14 dni ({{count}})',
    bulkDone: {
      few: 'Wysłano do kolejki {{n}} pominięte kopie.',
      many: 'Wysłano do kolejki {{n}} pominiętych kopii.',
      one: 'Wysłano do kolejki {{n}} pominiętą kopię.',
    },
    inProgress: 'Ta kopia jest już w drodze do kanału.',
    notConfigured:
      'Kanał „{{channel}}” nadal nie jest skonfigurowany: {{problem}} Poproś administratora o konfigurację w „Kanały społecznościowe”.',
    notConfiguredNoAccount: 'nie ma włączonego konta tego kanału.',
    notSkipped: 'Wysłać teraz można tylko kopię pominiętą.',
    postNotPublished: 'Wpis nie jest opublikowany (wycofany lub cofnięty) – kopii nie wysyłamy.',
    queued: 'Kopia trafiła do kolejki wysyłki.',
    reason: 'Wysłana na polecenie („Wyślij teraz”).',
    role: 'Pominięte kopie wysyła osoba zatwierdzająca lub administrator.',
    waitingForBip: 'Kopia czeka na publikację wpisu w BIP i wyjdzie zaraz po niej.',
  },
}
