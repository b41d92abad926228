/** The channel interface, for plugins that add a channel through `fanoutPlugin({ channels })`. */
export type {
  Channel,
  ChannelAccount,
  ChannelAlert,
  ChannelContext,
  ChannelPreview,
  PostForChannel,
  Published,
  RenderedCopy,
  Verdict,
} from '../channels/types'
export type { FanoutPluginOptions } from '../options'
export type {
  DeliveryStateChange,
  DeliveryStateListener,
  WithdrawalTask,
  WithdrawalTaskListener,
} from '../delivery/types'
