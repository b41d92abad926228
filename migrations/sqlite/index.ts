import * as migration_20261121_155026_initial from './20261121_155026_initial';

export const migrations = [
  {
    up: migration_20261121_155026_initial.up,
    down: migration_20261121_155026_initial.down,
    name: '20261121_155026_initial'
  },
];
