// The route group's 404. With two root layouts Next does not use it for notFound() thrown below it,
// so the segments that call notFound() have their own and app/global-not-found.tsx covers the rest.
export { NotFoundContent as default } from '../../public/components/NotFoundContent'
