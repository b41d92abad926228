import * as migration_20261121_155026_initial from './20261121_155026_initial';
import * as migration_20261121_204024_residents_transparency from './20261121_204024_residents_transparency';
import * as migration_20261204_181353_trust from './20261204_181353_trust';
import * as migration_20261205_235216_notifications from './20261205_235216_notifications';
import * as migration_20261206_024729_desk_truth from './20261206_024729_desk_truth';

export const migrations = [
  {
    up: migration_20261121_155026_initial.up,
    down: migration_20261121_155026_initial.down,
    name: '20261121_155026_initial',
  },
  {
    up: migration_20261121_204024_residents_transparency.up,
    down: migration_20261121_204024_residents_transparency.down,
    name: '20261121_204024_residents_transparency',
  },
  {
    up: migration_20261204_181353_trust.up,
    down: migration_20261204_181353_trust.down,
    name: '20261204_181353_trust',
  },
  {
    up: migration_20261205_235216_notifications.up,
    down: migration_20261205_235216_notifications.down,
    name: '20261205_235216_notifications',
  },
  {
    up: migration_20261206_024729_desk_truth.up,
    down: migration_20261206_024729_desk_truth.down,
    name: '20261206_024729_desk_truth'
  },
];
