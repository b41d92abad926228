import * as migration_20261121_155015_initial from './20261121_155015_initial';
import * as migration_20261121_204029_residents_transparency from './20261121_204029_residents_transparency';
import * as migration_20261204_181402_trust from './20261204_181402_trust';
import * as migration_20261205_235245_notifications from './20261205_235245_notifications';
import * as migration_20261206_022300_calendar from './20261206_022300_calendar';
import * as migration_20261206_030310_accessibility_statement from './20261206_030310_accessibility_statement';
import * as migration_20261206_030826_bip_watch from './20261206_030826_bip_watch';
import * as migration_20261206_030927_channel_truth from './20261206_030927_channel_truth';
import * as migration_20261206_031436_site_version from './20261206_031436_site_version';
import * as migration_20261206_031711_corrections from './20261206_031711_corrections';
import * as migration_20261206_032029_correction_notifications from './20261206_032029_correction_notifications';
import * as migration_20261206_032312_channel_copy from './20261206_032312_channel_copy';
import * as migration_20261206_032630_desk_truth from './20261206_032630_desk_truth';
import * as migration_20261206_033558_page_watch from './20261206_033558_page_watch';
import * as migration_20261206_033731_newsletter_bounce_reports from './20261206_033731_newsletter_bounce_reports';
import * as migration_20261206_035256_audit_corrections from './20261206_035256_audit_corrections';

export const migrations = [
  {
    up: migration_20261121_155015_initial.up,
    down: migration_20261121_155015_initial.down,
    name: '20261121_155015_initial',
  },
  {
    up: migration_20261121_204029_residents_transparency.up,
    down: migration_20261121_204029_residents_transparency.down,
    name: '20261121_204029_residents_transparency',
  },
  {
    up: migration_20261204_181402_trust.up,
    down: migration_20261204_181402_trust.down,
    name: '20261204_181402_trust',
  },
  {
    up: migration_20261205_235245_notifications.up,
    down: migration_20261205_235245_notifications.down,
    name: '20261205_235245_notifications',
  },
  {
    up: migration_20261206_022300_calendar.up,
    down: migration_20261206_022300_calendar.down,
    name: '20261206_022300_calendar',
  },
  {
    up: migration_20261206_030310_accessibility_statement.up,
    down: migration_20261206_030310_accessibility_statement.down,
    name: '20261206_030310_accessibility_statement',
  },
  {
    up: migration_20261206_030826_bip_watch.up,
    down: migration_20261206_030826_bip_watch.down,
    name: '20261206_030826_bip_watch',
  },
  {
    up: migration_20261206_030927_channel_truth.up,
    down: migration_20261206_030927_channel_truth.down,
    name: '20261206_030927_channel_truth',
  },
  {
    up: migration_20261206_031436_site_version.up,
    down: migration_20261206_031436_site_version.down,
    name: '20261206_031436_site_version',
  },
  {
    up: migration_20261206_031711_corrections.up,
    down: migration_20261206_031711_corrections.down,
    name: '20261206_031711_corrections',
  },
  {
    up: migration_20261206_032029_correction_notifications.up,
    down: migration_20261206_032029_correction_notifications.down,
    name: '20261206_032029_correction_notifications',
  },
  {
    up: migration_20261206_032312_channel_copy.up,
    down: migration_20261206_032312_channel_copy.down,
    name: '20261206_032312_channel_copy',
  },
  {
    up: migration_20261206_032630_desk_truth.up,
    down: migration_20261206_032630_desk_truth.down,
    name: '20261206_032630_desk_truth',
  },
  {
    up: migration_20261206_033558_page_watch.up,
    down: migration_20261206_033558_page_watch.down,
    name: '20261206_033558_page_watch',
  },
  {
    up: migration_20261206_033731_newsletter_bounce_reports.up,
    down: migration_20261206_033731_newsletter_bounce_reports.down,
    name: '20261206_033731_newsletter_bounce_reports',
  },
  {
    up: migration_20261206_035256_audit_corrections.up,
    down: migration_20261206_035256_audit_corrections.down,
    name: '20261206_035256_audit_corrections'
  },
];
