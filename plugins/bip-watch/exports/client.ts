/** The client component the plugin puts in the post's edit view. */
export { BipSuggestions } from '../components/BipSuggestions'
