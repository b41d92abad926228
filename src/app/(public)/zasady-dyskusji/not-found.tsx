// Next ignores a route group root layout's not-found for notFound() thrown below it when the app has
// several root layouts (the admin has its own), so each public segment that calls notFound() has one.
export { NotFoundContent as default } from '../../../public/components/NotFoundContent'
