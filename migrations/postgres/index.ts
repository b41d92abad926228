import * as migration_20261121_155015_initial from './20261121_155015_initial';

export const migrations = [
  {
    up: migration_20261121_155015_initial.up,
    down: migration_20261121_155015_initial.down,
    name: '20261121_155015_initial'
  },
];
