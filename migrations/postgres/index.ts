import * as migration_20261121_155015_initial from './20261121_155015_initial';
import * as migration_20261121_204029_residents_transparency from './20261121_204029_residents_transparency';
import * as migration_20261204_181402_trust from './20261204_181402_trust';
import * as migration_20261205_235245_notifications from './20261205_235245_notifications';
import * as migration_20261206_024750_desk_truth from './20261206_024750_desk_truth';

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
    up: migration_20261206_024750_desk_truth.up,
    down: migration_20261206_024750_desk_truth.down,
    name: '20261206_024750_desk_truth'
  },
];
