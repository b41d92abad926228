/** The kernel's typed create data, for the tests' fixtures as for the seed and the benches. */
export { completedByCollection } from '../../src/domain/create-data'
