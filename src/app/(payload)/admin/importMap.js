import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChannelPolicyNote as ChannelPolicyNote_4336fee9f906448cea6b245529a4f0f9 } from '../../../../src/components/ChannelPolicyNote'
import { WorkflowPanel as WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6 } from '../../../../src/components/WorkflowPanel'
import { WorkflowStateCell as WorkflowStateCell_49816f1e4fcd09e45a9d1815e977dc8a } from '../../../../src/components/WorkflowStateCell'
import { ApprovalLog as ApprovalLog_571d8a5c332a4e412a15a6dac080c300 } from '../../../../src/components/ApprovalLog'
import { LogRowLabel as LogRowLabel_1c11627e90680447a2e05ac06be9c41c } from '../../../../src/components/LogRowLabel'
import { LivePreview as LivePreview_232a1dc2ff61ca6a5b0d5b2c1f801b3f } from '../../../../plugins/fanout/exports/client'
import { DeliveriesPanel as DeliveriesPanel_232a1dc2ff61ca6a5b0d5b2c1f801b3f } from '../../../../plugins/fanout/exports/client'
import { CorrectionsPanel as CorrectionsPanel_232a1dc2ff61ca6a5b0d5b2c1f801b3f } from '../../../../plugins/fanout/exports/client'
import { BipSuggestions as BipSuggestions_44c7b29698641fff4678a83d3cc5e5df } from '../../../../plugins/bip-watch/exports/client'
import { PostViews as PostViews_433c579c1e9a000a725a71aa49e65d2c } from '../../../../plugins/desk/exports/rsc'
import { CommentModeration as CommentModeration_bf896c33693d83269b5ecfcb427c5a59 } from '../../../../src/components/CommentModeration'
import { FetchCommentsButton as FetchCommentsButton_5bbc028b9c382e187390b0d6feee8e05 } from '../../../../src/components/FetchCommentsButton'
import { CurrentPasswordField as CurrentPasswordField_2c1957eae8e18a7c7fc440ff22930ac7 } from '../../../../src/components/CurrentPasswordField'
import { SubscriberPrivacy as SubscriberPrivacy_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { CampaignProgress as CampaignProgress_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { SendDigestNow as SendDigestNow_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { MessagePreview as MessagePreview_82f4f01d360a0a0e174f6d83914d5ca6 } from '../../../../plugins/dev-mailbox/exports/client'
import { WeekdaysField as WeekdaysField_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { TimeZoneField as TimeZoneField_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { AdminOnlyTextField as AdminOnlyTextField_907b6978cf21b642d6ade22fd08b39f1 } from '../../../../plugins/newsletter/exports/client'
import { GminaIcon as GminaIcon_925960dc187181e97f566df074d3e70e } from '../../../../src/components/GminaLogo'
import { GminaLogo as GminaLogo_925960dc187181e97f566df074d3e70e } from '../../../../src/components/GminaLogo'
import { NotificationBell as NotificationBell_ec52be568457018e190bcb9a1655624a } from '../../../../plugins/notifications/exports/client'
import { ReportsNavLink as ReportsNavLink_38e2e06c2ba75ede309607476a5270ba } from '../../../../plugins/reports/exports/rsc'
import { CalendarNavLink as CalendarNavLink_433c579c1e9a000a725a71aa49e65d2c } from '../../../../plugins/desk/exports/rsc'
import { DeskDashboard as DeskDashboard_433c579c1e9a000a725a71aa49e65d2c } from '../../../../plugins/desk/exports/rsc'
import { ChannelAlerts as ChannelAlerts_1a5e24a3ca2aae30c26373ea702519a8 } from '../../../../plugins/fanout/exports/rsc'
import { ReportsDashboard as ReportsDashboard_38e2e06c2ba75ede309607476a5270ba } from '../../../../plugins/reports/exports/rsc'
import { ReportsView as ReportsView_38e2e06c2ba75ede309607476a5270ba } from '../../../../plugins/reports/exports/rsc'
import { CalendarView as CalendarView_433c579c1e9a000a725a71aa49e65d2c } from '../../../../plugins/desk/exports/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/ChannelPolicyNote#ChannelPolicyNote": ChannelPolicyNote_4336fee9f906448cea6b245529a4f0f9,
  "/src/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6,
  "/src/components/WorkflowStateCell#WorkflowStateCell": WorkflowStateCell_49816f1e4fcd09e45a9d1815e977dc8a,
  "/src/components/ApprovalLog#ApprovalLog": ApprovalLog_571d8a5c332a4e412a15a6dac080c300,
  "/src/components/LogRowLabel#LogRowLabel": LogRowLabel_1c11627e90680447a2e05ac06be9c41c,
  "/plugins/fanout/exports/client#LivePreview": LivePreview_232a1dc2ff61ca6a5b0d5b2c1f801b3f,
  "/plugins/fanout/exports/client#DeliveriesPanel": DeliveriesPanel_232a1dc2ff61ca6a5b0d5b2c1f801b3f,
  "/plugins/fanout/exports/client#CorrectionsPanel": CorrectionsPanel_232a1dc2ff61ca6a5b0d5b2c1f801b3f,
  "/plugins/bip-watch/exports/client#BipSuggestions": BipSuggestions_44c7b29698641fff4678a83d3cc5e5df,
  "/plugins/desk/exports/rsc#PostViews": PostViews_433c579c1e9a000a725a71aa49e65d2c,
  "/src/components/CommentModeration#CommentModeration": CommentModeration_bf896c33693d83269b5ecfcb427c5a59,
  "/src/components/FetchCommentsButton#FetchCommentsButton": FetchCommentsButton_5bbc028b9c382e187390b0d6feee8e05,
  "/src/components/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_2c1957eae8e18a7c7fc440ff22930ac7,
  "/plugins/newsletter/exports/client#SubscriberPrivacy": SubscriberPrivacy_907b6978cf21b642d6ade22fd08b39f1,
  "/plugins/newsletter/exports/client#CampaignProgress": CampaignProgress_907b6978cf21b642d6ade22fd08b39f1,
  "/plugins/newsletter/exports/client#SendDigestNow": SendDigestNow_907b6978cf21b642d6ade22fd08b39f1,
  "/plugins/dev-mailbox/exports/client#MessagePreview": MessagePreview_82f4f01d360a0a0e174f6d83914d5ca6,
  "/plugins/newsletter/exports/client#WeekdaysField": WeekdaysField_907b6978cf21b642d6ade22fd08b39f1,
  "/plugins/newsletter/exports/client#TimeZoneField": TimeZoneField_907b6978cf21b642d6ade22fd08b39f1,
  "/plugins/newsletter/exports/client#AdminOnlyTextField": AdminOnlyTextField_907b6978cf21b642d6ade22fd08b39f1,
  "/src/components/GminaLogo#GminaIcon": GminaIcon_925960dc187181e97f566df074d3e70e,
  "/src/components/GminaLogo#GminaLogo": GminaLogo_925960dc187181e97f566df074d3e70e,
  "/plugins/notifications/exports/client#NotificationBell": NotificationBell_ec52be568457018e190bcb9a1655624a,
  "/plugins/reports/exports/rsc#ReportsNavLink": ReportsNavLink_38e2e06c2ba75ede309607476a5270ba,
  "/plugins/desk/exports/rsc#CalendarNavLink": CalendarNavLink_433c579c1e9a000a725a71aa49e65d2c,
  "/plugins/desk/exports/rsc#DeskDashboard": DeskDashboard_433c579c1e9a000a725a71aa49e65d2c,
  "/plugins/fanout/exports/rsc#ChannelAlerts": ChannelAlerts_1a5e24a3ca2aae30c26373ea702519a8,
  "/plugins/reports/exports/rsc#ReportsDashboard": ReportsDashboard_38e2e06c2ba75ede309607476a5270ba,
  "/plugins/reports/exports/rsc#ReportsView": ReportsView_38e2e06c2ba75ede309607476a5270ba,
  "/plugins/desk/exports/rsc#CalendarView": CalendarView_433c579c1e9a000a725a71aa49e65d2c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
