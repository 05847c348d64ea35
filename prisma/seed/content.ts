import { accessibilityStatement } from "../../lib/site-pages/default-pages";
import type { SeedCampaign, SeedDonationPoint, SeedPage, SeedPost } from "./types";

// Demo content for the winter-coat appeal. The charity, its staff and its
// volunteers are fictional; the situation described is drawn from real reports.

export const campaign: SeedCampaign = {
  slug: "winter-coats",
  charityName: "Calais Winter Aid",
  charityNumber: "1180000 (demo)",
  headline: "A warm coat for every person sleeping rough this winter",
  strapline:
    "Over {goal} people are sleeping outside in northern France, Paris and Brussels as the nights turn freezing. Help us make sure each of them has a warm, dry coat.",
  situation: `Across northern France and Belgium, thousands of people who have fled war and persecution are living outdoors with nowhere safe to sleep. Most have no tent that will survive the next police clearance, no regular meals and no reliable place to wash. Many have been wearing the same clothes for weeks, and the skin infections and chest complaints that follow are becoming more common as the weather turns.

Nights spent in wet clothing on cold ground wear people down quickly. Volunteers who have worked here for several winters tell us that people's health is getting worse, not better, and that the coming months will be hard. The need is immediate, and much of it is simple: warmth, dry clothes and something to eat.`,
  figures: [
    {
      place: "Calais and Dunkirk",
      count: 1000,
      qualifier: "around",
      note: "Sleeping in woodland, under bridges and on industrial land near the ports.",
    },
    {
      place: "Brussels",
      count: 500,
      qualifier: "around",
      note: "Many spend their nights in and around a park near the city's North Station.",
    },
    {
      place: "Paris",
      count: 1500,
      qualifier: "over",
      note: "Living on pavements and under flyovers in the north of the city.",
    },
  ],
  whyHereTitle: "Why people gather near the Channel",
  whyHere: `To claim asylum in the UK, a person has to be physically in the UK when they make the claim. There is no visa for the purpose and no application that can be made from abroad, so for someone who has family, friends or a language in common with Britain, there is simply no legal way to get here and ask for protection.

That is why people wait near the coast, in Calais, Dunkirk and the towns around them, and why some feel they have no choice but to pay smugglers or attempt dangerous crossings in lorries and small boats. Others stay in Paris or Brussels while they decide what to do next. Until safe and legal routes exist, people will keep arriving, and they will keep needing help to survive the winter.`,
  whatWeDoTitle: "What we do",
  whatWeDo: `We give practical aid **directly, person to person**, to refugees living in the hardest conditions across northern France, on the streets of Paris and in Brussels. Our volunteers sort donations in our warehouse near Calais and hand them out in person, making sure sizes fit and that everyone is treated with courtesy and respect.

We go wherever people are sleeping rough, including the small camps that spring up and are cleared again within days. We also support people in French reception centres who have a roof but no winter clothing, too little food or none of the everyday essentials most of us take for granted.`,
  appealTitle: "Our winter appeal: a coat for every person",
  appeal: `Over {goal} people are sleeping rough in northern France, Paris and Brussels, and the temperature is falling every week. Among them are children travelling alone, some **as young as 13**, with no clean clothes, no safe water and no shelter at night.

This winter our goal is simple: **a warm winter coat for every one of them** — {goal} coats in all. Please look in your wardrobe for a good coat you no longer wear and take it to a drop-off point near you. If you don't have one to spare, {coat price} could buy a new coat for someone who needs it tonight.`,
  goalCoats: 3000,
  coatPricePence: 2500,
  packPricePence: 1300,
  coatsReceivedInKind: 1184,
  waysToHelp: [
    {
      title: "Give a coat you no longer wear",
      body: "Choose a warm, clean winter coat from your wardrobe and take it to one of our drop-off points. Men's sizes small and medium are especially needed.",
      ctaLabel: "Find a drop-off point",
      ctaHref: "/donation-points",
    },
    {
      title: "Buy a coat for {coat price}",
      body: "No coat to spare? {coat price} could buy a new, warm coat that our volunteers will hand to someone sleeping rough.",
      ctaLabel: "Buy a coat",
      ctaHref: "/donate?gift=coat",
    },
    {
      title: "Volunteer with us",
      body: "Spend a few days sorting donations in our warehouse or helping at distributions in Calais, Dunkirk, Paris or Brussels. No experience is needed, just patience and warmth.",
      ctaLabel: "Volunteer",
      ctaHref: "/volunteer",
    },
  ],
  photoInvitation:
    "Before you drop off your coat, take a photo of yourself holding it up and share it with #Coat4Calais. Every photo is a nudge for a friend to check their own wardrobe.",
  shareMessage:
    "I'm giving a warm coat to someone sleeping rough in northern France this winter with Calais Winter Aid. Have a look in your wardrobe too. Here's my #Coat4Calais",
  hashtag: "Coat4Calais",
  videoTitle: "Watch our winter appeal",
  videoUrl: "https://www.youtube-nocookie.com/embed/winter-appeal-demo",
  beyondGoal:
    "If we raise more than we need for {goal} coats, every extra pound goes to the rest of our winter response in the same places: sleeping bags, clothing packs and food for people sleeping rough in northern France, Paris and Brussels.",
};

const about: SeedPage = {
  slug: "about",
  title: "About Calais Winter Aid",
  description:
    "Calais Winter Aid is a small UK charity giving practical help, person to person, to refugees sleeping rough in northern France, Paris and Brussels.",
  body: `## Who we are

Calais Winter Aid is a small UK charity (registered charity number 1180000 (demo)) that gives practical help to refugees and people seeking asylum who are sleeping rough on the other side of the Channel. We began when a handful of friends drove to Calais with a car full of blankets and realised how much more was needed. Today we have a small paid team, a warehouse near Calais and hundreds of volunteers who give a weekend, a week or a whole season.

We believe that everyone deserves to be warm, fed and treated with dignity, whatever their immigration status and however they came to be here.

## Where we work

Most of our work happens in and around **Calais and Dunkirk**, where around 1,000 people are living in woodland, under bridges and on waste ground near the ports. We also run regular distributions on the streets of **Paris**, where over 1,500 people are sleeping rough, and in **Brussels**, where around 500 people spend their nights outdoors.

Camps in this region rarely last long. Tents and belongings are often cleared, and people move on to wherever they can find a little shelter. We go where people are, including the small camps that appear and disappear within days. We also help people living in French reception centres who have a bed but no winter clothing, too little food or none of the everyday essentials.

## Why people are here

The people we meet have fled war, persecution and poverty in countries such as Sudan, Eritrea, Afghanistan, Syria and Iraq. Many hope to reach the UK because they have family here or speak English. But asylum in the UK can only be claimed from inside the UK, and there is no legal way to travel here to make that claim. So people wait near the coast, often for months, and some risk their lives with smugglers. Until safe and legal routes exist, they will keep needing help.

## How aid is given

We give aid **directly, person to person**. Donations are sorted by volunteers in our warehouse, checked for quality, and matched to what people have told us they need. Our teams then hand them out in person at distributions in northern France, Paris and Brussels.

We try to make every distribution calm and fair. We use a simple ticket system so nobody has to push, we offer sizes rather than a random bag, and we have volunteers on hand who speak Arabic, Tigrinya, Pashto, Farsi and French. We listen to what people ask for, and we tell them honestly when we have run out. Where someone needs more than we can give, such as a doctor or legal advice, we point them to the local organisations and services that can help.

## How we are funded

We receive no government funding. Our work is paid for by individual donors, by schools, faith groups and community groups who fundraise for us, and by a small number of charitable trusts. Much of what we hand out arrives as donations in kind, such as the coats people bring to our drop-off points.

We keep our costs low: most of our people are volunteers, and our warehouse is shared with other groups. When we say {coat price} could buy a coat or {pack price} could buy a clothing pack, that is what those items typically cost us to buy. If an appeal raises more than its goal, the extra goes to the rest of our winter work in the same places. We publish our annual accounts with the Charity Commission.

## Get involved

You can [give a coat you no longer wear](/donation-points), [buy a coat for {coat price}](/donate?gift=coat), [fund a clothing pack for {pack price}](/donate?gift=pack) or [volunteer with us](/volunteer). However you help, thank you.`,
};

const privacy: SeedPage = {
  slug: "privacy",
  title: "Privacy notice",
  description: "How Calais Winter Aid collects, uses and protects your personal information, and the rights you have under UK data protection law.",
  body: `## Who we are

This website is run by Calais Winter Aid, a charity registered in England and Wales (charity number 1180000 (demo)). We are the **controller** of the personal information described in this notice, which means we decide how it is used and we are responsible for looking after it.

If you have any question about your information, please email **privacy@calaiswinteraid.example**. We are a small charity and do not need to appoint a Data Protection Officer, but one of our trustees is responsible for data protection and reads every message sent to that address.

This notice explains, in plain English, what we collect, why, how long we keep it and what your rights are under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.

## Donations

When you donate, we collect your name, email address, the amount and date of your gift, and your postal address if you choose to add Gift Aid. We use this to process your donation, send you a receipt and keep proper accounts.

Card payments are handled by **Stripe**, our payment provider. You enter your card details on a secure Stripe form, and **we never see or store your card number**. Stripe tells us only that the payment succeeded, along with limited details such as the card type and last four digits. Stripe may process data outside the UK; where it does, it uses safeguards recognised under UK law.

Our lawful basis is that we need this information to take your donation and to meet our legal obligations to keep financial records. We keep donation records for six years after the end of the financial year in which you gave.

## Gift Aid

If you are a UK taxpayer and make a Gift Aid declaration, we record your full name, home address, the date of your declaration and the donations it covers. We need this to claim Gift Aid from HM Revenue and Customs, and we share it with HMRC when we make a claim.

HMRC requires us to keep Gift Aid declarations and the records that support them, so we keep them for **six years** after the end of the accounting period of the last donation they cover. Our lawful basis is legal obligation.

## Newsletter

If you sign up for updates, we collect your email address and, if you give it, your first name. We use **double opt-in**: we send you an email asking you to confirm, and you are not added to the list until you click the link.

We keep a record of your consent: when you signed up, when you confirmed and the page you signed up on. This lets us show that you asked to hear from us. Every email includes a **one-click unsubscribe** link. When you unsubscribe, we stop emailing you straight away and keep only your email address on a suppression list, so that we never accidentally add you again. Our lawful basis is your consent, which you can withdraw at any time.

## Volunteer applications

If you apply to volunteer, we collect what you tell us on the form: your name, email address, phone number if you give one, where and when you can help, the languages you speak, whether you can drive (and drive a van), your confirmation that you are 18 or over, and anything you write in your note. We use this to consider your application, plan rotas and keep volunteers safe, and we email you once to confirm we received it.

Our lawful basis is our legitimate interest in running a safe volunteer programme. We keep applications that do not go ahead for 12 months, and records of people who volunteer with us for two years after their last volunteering date.

## The coat wall

If you send a photo to our coat wall, we keep the photo, the first name or nickname you give, and, if you give them, your town, the drop-off point you chose and your message, with your email address, your two consents (to publish the photo, and that everyone in it agreed) and when you gave them. Before we store the photo we remove everything your camera recorded with it, including **where it was taken**, and we give it a random file name.

We use your email address only to ask you to confirm the photo is yours, to send you a private link to delete it, and to tell you when it is on the wall. It is never shown. Nothing is published until a member of our team has looked at the photo. Our lawful basis is your consent.

If you do not confirm within 72 hours, we delete the photo and everything sent with it. Once on the wall, it stays there while the appeal runs, and we delete the wall's photos within 12 months of the appeal ending, unless you delete yours first: **the private link in our emails deletes the photo, its copies and your details at once**. If our team rejects or removes a photo, we delete it and your details straight away, keeping only a note of why in our staff records. Anyone can report a photo; we count reports but do not record who made them.

## Finding a drop-off point

If you search for drop-off points near a postcode, we send that postcode to **postcodes.io**, a free UK postcode service, to find where it is on the map. We do not store the postcode or log it with your address. If you press "use my location", your browser asks your permission first; the location it gives us is rounded to about 100 metres, used only to sort the list, and not stored.

The map beside the list is drawn from **OpenStreetMap**'s map tiles: your browser fetches them from OpenStreetMap's servers, which, like any website, see your internet address and the part of the map shown (around the postcode you searched, if you did), and say how they treat that in their own privacy policy.

## What we do not do

- We do **not** use advertising trackers, tracking pixels or third-party analytics.
- We do **not** sell, rent or swap your information with anyone.
- We do **not** share your information with other charities for their own marketing.

We share information only with the service providers who help us run this site and our charity, such as our payment provider, email delivery provider and website host, under contracts that require them to protect it and use it only on our instructions, or where the law requires us to.

## Embedded video

Our appeal video is hosted on YouTube. To protect your privacy, the video **does not load until you click to play it**, and we use YouTube's privacy-enhanced (no-cookie) mode. Until you click, nothing is sent to YouTube. Once you click, YouTube (Google) receives information such as your IP address, and its own privacy policy applies.

## Cookies

We set no cookies for advertising or analytics, and none on a visitor who only reads. A few cookies are strictly necessary for something you asked for, so they do not need consent:

- when you send a form with JavaScript switched off, a cookie holds the form's answer for the page you return to, and expires after a minute;
- when you leave for our card payment page, a cookie lets the donation form keep what you typed if you come back without paying; it names only your unpaid gift, is signed so nobody can forge it, and expires after 24 hours;
- our staff get a **sign-in cookie** when they log in to manage the site, which expires when they sign out or after a short period.

## Your rights

Under UK data protection law you have the right to:

- ask for a copy of the information we hold about you;
- ask us to correct information that is wrong or incomplete;
- ask us to delete your information, where we do not have to keep it by law;
- ask us to restrict or stop using your information, or object to how we use it;
- ask for information you gave us in a portable format;
- withdraw your consent at any time, where we rely on it.

To use any of these rights, email privacy@calaiswinteraid.example. We will not charge you, and we will reply within one month.

## How to complain

If you are unhappy with how we have handled your information, please tell us first so we can try to put it right. You also have the right to complain to the **Information Commissioner's Office (ICO)**, the UK's data protection regulator, at [ico.org.uk/make-a-complaint](https://ico.org.uk/make-a-complaint) or by calling 0303 123 1113.

## Changes to this notice

We will update this notice if the way we use personal information changes, and we will show the date of the latest version at the bottom of this page.`,
};

export const pages: SeedPage[] = [about, privacy, accessibilityStatement];

export const posts: SeedPost[] = [
  {
    slug: "a-volunteers-paris-experience",
    title: "A volunteer's Paris experience",
    category: "VOLUNTEER_STORY",
    publishedOn: "2017-12-13",
    excerpt: "Two days in Paris, but not the Paris on the postcards: a volunteer on tea, socks and forty coats under a motorway flyover.",
    authorName: "Sophie L.",
    body: `The Paris I spent this week in does not appear on postcards. It begins at seven in the morning under a motorway flyover in the north of the city, where the traffic never stops and the pavement is lined with flattened cardboard, thin blankets and sleeping bags that have been damp for days.

## Before the sun comes up

We arrived in a borrowed van with a team of five, a flask of tea the size of a fire extinguisher and about two hundred bread rolls. By the time we had opened the back doors there was a quiet line. Nobody pushed. A young man from Darfur, who told me his name was Adam, walked up and down the queue explaining in Arabic, and then in careful English, that there was enough bread for everyone and that clothes would come after the tea.

Most of the people we met were young men, but not all. I talked for a while with a father from Afghanistan whose son, perhaps fourteen, was wearing trainers with the soles peeling away. They had been in Paris for three weeks. Every few nights the spot where they slept was cleared, so they had learned to keep everything they owned in one bag, ready to move.

## What people asked for

I had expected people to ask for food first. Mostly they asked for socks. Dry socks, then gloves, then anything that would keep out the wind. We had brought forty coats, sorted by size the night before in a church hall in Kent, and they were gone in under twenty minutes. One man held his up to the light, checked the zip twice and pulled it on over the two jumpers he was already wearing. He told me it was the first time in a week that his shoulders had stopped aching from the cold.

There were things we could not fix. A man with a deep, rattling cough needed a doctor, and all I could do was write down the address and opening hours of a free clinic. A boy asked me where he could charge his phone, the only way he can speak to his mother, and I didn't know the answer. I have looked it up since.

## Coming home

On the train back I kept thinking about how ordinary the requests were. A hat. Socks that fit. Somewhere to wash. None of it is complicated, and all of it is the difference between a bearable night and a dangerous one.

If you have a winter coat you no longer wear, please take it to one of our [drop-off points](/donation-points). If you don't, [{coat price} could buy a coat](/donate?gift=coat) for someone sleeping on those pavements tonight. And if you can spare a few days, as I did, we would love to hear from you about [volunteering](/volunteer).

I went to Paris to hand out clothes. I came home knowing the names of people I will not forget.`,
  },
  {
    slug: "penglais-school-supports-calais-refugees",
    title: "Penglais School supports Calais refugees",
    category: "NEWS",
    publishedOn: "2017-12-13",
    excerpt: "This week we handed out backpacks packed with real care by pupils at Penglais School in Aberystwyth, each with a handwritten card inside.",
    authorName: "Tom W.",
    body: `This week our team in Calais handed out something we don't often get to give: backpacks packed, labelled and double-checked by the pupils of Penglais School in Aberystwyth.

## Packed with care

The bags reached our warehouse on two pallets, each one filled so neatly that our volunteers barely needed to open them. Inside every backpack was a woolly hat, a scarf, a pair of gloves, two pairs of thermal socks, a toothbrush and toothpaste, a bar of soap, tissues and a small wind-up torch.

The pupils had done their homework. Before they started collecting, they sent us a list of questions. What sizes are most needed? Is it better to give new socks or second-hand? Can people use a torch with batteries when there is nowhere to buy more? Their answers shaped every bag. Some classes held cake sales to buy the thermal socks; others asked at home for hats and scarves that were still in good condition.

Almost every bag also held a card. Some said "Stay warm" or "We are thinking of you" in English. Others had the same message carefully copied out in Arabic, Tigrinya or Pashto, which the pupils had looked up and practised before writing.

## Handing them out

We gave the backpacks out at an evening distribution on a patch of waste ground on the edge of town, in steady, cold rain. The people queuing were mostly young men, and a number of them were teenagers, some not much older than the pupils who had packed the bags.

A boy of about sixteen opened his, found a card with a red dragon drawn on the front, and asked what it was. We explained that it is the flag of Wales, where the bag had come from. He smiled, tucked the card inside his jacket to keep it dry and said that one day he would like to go and see it for himself.

Another young man pulled on the hat straight away and spent the next ten minutes helping us hand out the rest of the bags, explaining to each person in Tigrinya where they had come from.

## Thank you

To the pupils, teachers and families of Penglais School: thank you. You thought carefully about the people who would receive these bags, and it showed in every one of them. On a wet night in Calais, that mattered.

If your school, youth group or workplace would like to do something similar, please get in touch through our [volunteer page](/volunteer) and we will send you a list of what is most needed right now. You can also take warm coats to any of our [drop-off points](/donation-points), or [buy a coat for {coat price}](/donate?gift=coat) to go in next week's distribution.`,
  },
  {
    slug: "distributions-in-calais",
    title: "Distributions in Calais",
    category: "NEWS",
    publishedOn: "2017-12-13",
    excerpt:
      "Today we handed out winter coats and waterproof sleeping bag covers in Calais, after a night of rain that left many people's bedding soaked through.",
    authorName: "Amira K.",
    body: `Today in Calais we handed out winter coats and waterproof covers for sleeping bags. After the night people had just spent, we could not have chosen a better day.

It rained from late evening until just after dawn. When we arrived, people were wringing water out of blankets and hanging sleeping bags over fences in the hope of a dry hour. A sleeping bag that has soaked up a night's rain is heavy, cold and almost impossible to dry without a tumble dryer, and nobody here has one of those.

## How a distribution works

People sometimes ask what a distribution actually looks like, so here is today's.

We set up the van at the edge of the site just after ten. Two volunteers walked through the area first, handing out numbered tickets and explaining in Arabic, Tigrinya and English what we had brought and when we would start. Tickets mean nobody has to queue for hours in the wet, or push to the front for fear that everything will run out.

When your number is called, you come to the back of the van, tell us your size and choose a coat from the rail. We hold each one up so people can check the fit, the zip and the pockets. It takes a little longer than handing out bags, but it means people leave with something that fits, and it means they have a say in what they wear.

By half past one we had given out 212 coats and 180 sleeping bag covers. Men's small and medium coats ran out first, as they always do; most of the people here are young and slight.

## Why the covers matter

A waterproof cover slips over a sleeping bag like a second skin. It costs very little, weighs almost nothing and can turn a wet night into a dry one. Several people asked us for a second one for a friend who had been at work on the lorry park and missed the distribution. We took names and will bring more next week.

One man, who had been a maths teacher in Sudan, stood beside the van for a while after collecting his. He said the cold itself was bearable. What wore him down was waking up wet, day after day, and knowing there was nowhere to get dry.

## What we still need

We are well short of our goal of a coat for every person sleeping rough this winter, and men's sizes small and medium are the most urgent. If you have a warm coat you no longer wear, please take it to one of our [drop-off points](/donation-points). If you don't, [{coat price} could buy a coat](/donate?gift=coat), and our volunteers will put it straight onto the rail.

Thank you to everyone who sorted, folded, drove and donated to make today happen.`,
  },
  {
    slug: "warm-and-waterproof-clothing-for-refugees",
    title: "Warm and waterproof clothing for refugees",
    category: "NEWS",
    publishedOn: "2017-11-30",
    excerpt:
      "A storm hit Calais overnight and by morning almost everyone sleeping outside was soaked. Here is why waterproof clothing matters so much right now.",
    authorName: "Ben H.",
    body: `The weather in Calais today has been about as bad as it gets. A storm blew in overnight, with gusts strong enough to flatten what few tents were still standing, and the rain came sideways for hours. By the time our team arrived in the morning, nearly everyone we met was wet to the skin.

## Why being wet is so dangerous

It is easy to think of cold as the main danger of winter, but for people sleeping outside, being wet is often worse. Wet clothing draws heat away from the body far faster than dry clothing, which means a person can become dangerously cold even on a night that stays above freezing.

Wet feet are a particular worry. Socks and shoes that stay damp for days at a time lead to painful sores, fungal infections and a condition doctors call immersion foot, which can make walking agony. Without a change of clothes or anywhere to dry off, people simply have to wait for the rain to stop and hope their clothes dry on their bodies.

Today a young Eritrean man showed us his trainers. They had been given to him in October and had already split along both sides. He had lined them with plastic bags to try to keep the water out. We found him a pair of walking boots in his size, and he sat down right there on the kerb to put them on.

## What we handed out

We gave out every waterproof jacket we had, along with waterproof trousers, thermal tops, hats and dry socks. It was not enough. Many people left with a warm layer but nothing to keep the rain off it, and we know that by tonight those layers will be wet too.

## What we need most

If you are able to help, these are the things that make the biggest difference right now:

- **Waterproof jackets and coats**, especially men's sizes small and medium
- **Waterproof trousers**
- **Walking boots and sturdy shoes**, men's sizes 7 to 10
- **Thermal base layers**, tops and leggings
- **New socks**, as many as you can spare

Please make sure anything you give is clean and in good condition. People here have very little, and they deserve clothing they would be glad to wear.

You can take donations to any of our [drop-off points](/donation-points). If you would rather give money, [{coat price} could buy a warm winter coat](/donate?gift=coat), and [{pack price} could buy a clothing pack](/donate?gift=pack) with fresh underwear, socks and a clean change of clothes.

The forecast for the next week is more of the same. Thank you for helping people face it a little drier.`,
  },
  {
    slug: "can-you-donate-just-13",
    title: "Can you donate just {pack price}?",
    category: "NEWS",
    publishedOn: "2017-11-24",
    excerpt:
      "When you sleep rough, clean clothes and a wash are rare. {pack price} could buy a clothing pack of fresh underwear, socks and a clean change of clothes.",
    authorName: "Hannah R.",
    body: `If you are sleeping rough in Calais, Paris or Brussels, a change of clothes is not something you can count on. Neither is a wash. Most people we meet have been wearing the same underwear and socks for far longer than any of us would want to imagine, simply because there is no other option.

## Why it matters

This is not only about comfort. Clothes that are worn day and night for weeks, often while wet, cause real harm. Volunteers and medical teams here see a steady stream of skin infections, rashes and sores that would clear up quickly with clean clothes and a chance to wash, but which get worse when people have neither.

It is also about dignity. Several people have told us that what they mind most is not the cold or the hunger but feeling dirty, and knowing that others can tell. One young man from Afghanistan told me he had stopped going into shops to buy food because he was embarrassed about how he looked. A clean set of clothes gave him back a bit of confidence to walk down the street.

## What {pack price} could buy

{pack price} could buy one of our clothing packs. Each pack contains:

- **new underwear**
- **new socks**
- **a clean change of clothes**, usually a pair of trousers and a warm top, in the right size

We buy underwear and socks new, because these are the items people need most and are least often donated. Trousers and tops come partly from donations, sorted and checked by volunteers in our warehouse, and partly from bulk purchases when donated stock runs short.

We hand packs out person to person, and wherever we can we do it alongside a chance to wash, so people can put fresh clothes on clean skin.

## A small gift that goes a long way

We know {pack price} is not nothing, and that many people are stretched at this time of year. But if you can spare it, it could mean one person spending the next week in clean, dry clothes instead of the ones they have worn since they arrived.

[Give {pack price} for a clothing pack](/donate?gift=pack)

If you would prefer to give goods, new underwear and socks in men's sizes small and medium are always welcome at our [drop-off points](/donation-points).

And if you'd like to see the difference for yourself, we are always looking for volunteers to help sort and pack in our warehouse. [Find out about volunteering](/volunteer).

Thank you. It really does help.`,
  },
  {
    slug: "a-volunteers-story",
    title: "A volunteer's story",
    category: "VOLUNTEER_STORY",
    publishedOn: "2017-11-21",
    excerpt:
      "A retired teacher spends his first week volunteering near Calais, from sorting socks in the warehouse to an unexpected game of cricket on waste ground.",
    authorName: "Gareth M.",
    body: `I retired from teaching last summer and promised myself I would do something useful with the time. I had read about Calais and felt helpless, so in the end I booked a ferry, packed my warmest clothes and signed up for a week.

## The warehouse

The first two days were spent in the warehouse, a cavernous shed on an industrial estate where it is colder inside than out. Nobody warned me how much of volunteering is sorting. Bin bag after bin bag of donated clothing, every item checked, folded and labelled by size and type.

It is not glamorous, but I came to understand why it matters. A coat with a broken zip is no use to someone sleeping in the rain. A pile of unsorted jumpers means a person waiting in the cold while a volunteer hunts for a medium. By Tuesday afternoon I could fold a pair of trousers faster than I have ever done at home, and I knew exactly why people keep asking for men's small and medium.

## Going out

On Wednesday I joined the distribution team. We drove out to a stretch of scrubland near the ring road where about two hundred people were living. Grey sky, a raw wind off the sea, the smell of wet wood smoke. I had braced myself for despair. What I found instead was mostly patience, and a great deal of politeness.

A young man called Yonas helped me set up the table and then stayed beside me for two hours, translating into Tigrinya and making jokes I did not understand but laughed at anyway. He was nineteen. Before he left home he had been studying to become an electrical engineer. He asked me what I used to teach, and when I said geography he quizzed me on capital cities until I got one wrong.

## Cricket

On my last afternoon, someone produced a tennis ball and a plank of wood, and within minutes a game of cricket had broken out between volunteers and a group of lads from Afghanistan. We lost, heavily. For half an hour that patch of wasteland was full of shouting and laughing, and I forgot where we were.

Then the light went, the game stopped, and everyone went back to working out where they would sleep.

## What I took home

I went to Calais thinking I would be giving. I came home with far more than I took: the memory of people who have lost almost everything and still offered to share their tea with me.

If you are thinking about it, please [sign up to volunteer](/volunteer). You don't need special skills. If you can't go, a coat left at a [drop-off point](/donation-points) will end up in the hands of someone like Yonas.`,
  },
  {
    slug: "a-tough-day-in-calais",
    title: "A tough day in Calais",
    category: "NEWS",
    publishedOn: "2017-11-15",
    excerpt: "Three hours handing out clothes in bitter cold, and not enough coats to go round. An honest account of a hard day, and what kept us going.",
    authorName: "Priya S.",
    body: `Today was a hard one. We stood at the back of the van for three hours handing out clothes, and the cold was the kind that gets into your bones and stays there. Our fingers stopped working properly by the second hour. And we were the ones who got to go home to a warm house afterwards.

## Running out

We had brought what we thought was plenty. We had not brought enough. Men's coats in small and medium were gone in the first forty minutes, and after that we were offering people sizes that would swamp them or jumpers instead of coats. Most took what we had with good grace. Some just shook their heads and walked back to the trees.

Telling someone "sorry, we don't have your size" is one of the hardest parts of this work. You can see them calculating what the next few nights will be like without it. We took names and sizes for everyone we couldn't help and promised to come back. We will, but that doesn't keep anyone warm tonight.

## A difficult night before

Many of the people we met had not slept. Some had spent the night walking to stay warm. Several told us that tents and sleeping bags had been taken when the area where they were staying was cleared, so they had spent the night with only what they were wearing. A lad who told us he was fifteen had nothing on his feet but flip-flops and two pairs of socks.

We gave out every sleeping bag we had in the van. Again, it was not enough.

## What kept us going

And yet it was not a day without kindness. A man from Sudan, whose English was far better than my Arabic, stood beside us for the whole three hours, keeping the queue calm and translating without being asked. When the coats ran out, he was the one who explained it to people, gently and patiently.

Someone else had managed to make a small fire and brewed tea on it, and insisted that each of us volunteers drink a cup before we left. It was the warmest I felt all day.

## What we need

Days like today remind us how far there is to go. Our goal this winter is a warm coat for every person sleeping rough, and right now we are a long way short.

If you have a warm coat you no longer wear, please take it to one of our [drop-off points](/donation-points). Men's small and medium sizes are needed most of all. If you don't have a coat to give, [{coat price} could buy one](/donate?gift=coat).

We will be back out on Friday, and we hope to come back with enough.`,
  },
  {
    slug: "33000-lost-refugees-named",
    title: "33,000 lost refugees named",
    category: "NEWS",
    publishedOn: "2017-11-14",
    excerpt:
      "A list recording more than 33,000 people who died trying to reach safety in Europe has been shared widely this week. Behind every line is a person.",
    authorName: "Claire D.",
    body: `This week, a list recording the deaths of more than 33,000 people who died trying to reach Europe since 1993 has been shared widely for the first time. It has been pieced together over many years by a network of European organisations, drawing on news reports, coastguard records and the testimony of families and aid workers.

It makes for very hard reading.

## What the list records

Most entries are short: a name where one is known, an age, a country of origin, a date and a cause of death. The majority drowned in the Mediterranean. Others died of cold in the mountains, suffocated in the backs of lorries, were struck by trains, or took their own lives in detention.

For many thousands of people, there is no name at all. The entry simply reads "unknown", followed by a few details: a young man, believed to be from West Africa, found on a beach. A child, aged around five. A woman, pregnant. These are people whose families may still be waiting for news.

## Close to home

Some of the names belong to people who died here, on the roads, railway lines and lorry parks around Calais and Dunkirk. They were trying to reach the UK, and the only routes open to them were dangerous ones.

Almost everyone we work with has lost someone on the journey. A friend who didn't make it out of the water. A cousin who went missing in Libya. A travelling companion who got into a lorry one night and was never heard from again. People speak about it quietly, often as if it were simply part of the road they had to travel.

## Why we are sharing it

We are not sharing this list to shock anyone. We are sharing it because every one of these deaths was a person, with a family and a history and hopes for their future. Counting them, and naming them where we can, is a way of saying that they mattered.

It is also a reminder of why safe and legal routes to claim asylum matter so much. While the only ways to reach safety are dangerous ones, people will keep taking them, and the list will keep growing.

## What we can do now

We cannot change the law overnight. What we can do is make sure that the people living on our doorstep this winter do not add to this list because they were too cold, too wet or too hungry to survive.

That is what our winter appeal is for. A warm coat will not solve the reasons people are here, but it can help someone get through the nights ahead. If you can, please [give a coat](/donation-points) or [buy one for {coat price}](/donate?gift=coat).`,
  },
];

// Coat drop-off points. The venues and street numbers are made up; the streets, towns and
// postcode districts are real, and the coordinates are where those postcodes sit, worked out in
// advance so the demo needs no postcode lookup.
export const donationPoints: SeedDonationPoint[] = [
  {
    name: "Pencester Road Community Hall",
    address: "14 Pencester Road\nDover",
    postcode: "CT16 1BW",
    latitude: 51.1271,
    longitude: 1.3117,
    openingTimes: "Monday to Friday, 9am to 5pm\nSaturday, 10am to 2pm",
    needs: "Men’s coats in small and medium above all, then waterproof trousers and thick socks. Our van takes everything here to Calais each Thursday.",
    status: "ACCEPTING",
  },
  {
    name: "Tontine Street Studios",
    address: "63 Tontine Street\nFolkestone",
    postcode: "CT20 1JR",
    latitude: 51.0815,
    longitude: 1.1847,
    openingTimes: "Tuesday to Saturday, 10am to 4pm",
    needs: "Warm coats in any adult size, gloves and woolly hats.",
    status: "ACCEPTING",
  },
  {
    name: "Mare Street Welcome Centre",
    address: "212 Mare Street\nHackney\nLondon",
    postcode: "E8 1HE",
    latitude: 51.5452,
    longitude: -0.0557,
    openingTimes: "Monday to Saturday, 10am to 6pm",
    needs: "Men’s coats in small and medium, rucksacks, and sleeping bags that are clean and dry.",
    status: "ACCEPTING",
  },
  {
    name: "Coldharbour Lane Community Kitchen",
    address: "88 Coldharbour Lane\nBrixton\nLondon",
    postcode: "SW9 8LF",
    latitude: 51.4631,
    longitude: -0.1116,
    openingTimes: "Wednesday to Sunday, 11am to 3pm",
    needs: "Our store room is full until the next van collects. Please take coats to the Mare Street Welcome Centre in Hackney meanwhile.",
    status: "FULL",
  },
  {
    name: "St George’s Road Mission Hall",
    address: "37 St George’s Road\nKemp Town\nBrighton",
    postcode: "BN2 1ED",
    latitude: 50.8187,
    longitude: -0.1236,
    openingTimes: "Monday, Wednesday and Friday, 10am to 4pm\nSaturday, 10am to 1pm",
    needs: "Waterproof coats, especially in small sizes for teenagers, and scarves.",
    status: "ACCEPTING",
  },
  {
    name: "Stokes Croft Community Store",
    address: "105 Stokes Croft\nBristol",
    postcode: "BS1 3RW",
    latitude: 51.4626,
    longitude: -2.589,
    openingTimes: "Every day, 10am to 5pm",
    needs: "Men’s coats in small and medium, walking boots in sizes 7 to 9, and gloves.",
    status: "ACCEPTING",
  },
  {
    name: "Digbeth Welcome Hall",
    address: "22 Bradford Street\nDigbeth\nBirmingham",
    postcode: "B5 6BP",
    latitude: 52.4755,
    longitude: -1.887,
    openingTimes: "Monday to Friday, 9am to 4pm",
    needs: "Warm coats in any adult size, and new underwear and socks (still in their packets, please).",
    status: "ACCEPTING",
  },
  {
    name: "Ancoats Mutual Aid Depot",
    address: "41 Blossom Street\nAncoats\nManchester",
    postcode: "M4 6AJ",
    latitude: 53.4843,
    longitude: -2.2275,
    openingTimes: "Tuesday and Thursday, 12pm to 7pm\nSaturday, 10am to 4pm",
    needs: "Coats and jackets with working zips, hats and gloves.",
    status: "ACCEPTING",
  },
  {
    name: "Chapeltown Community Pantry",
    address: "150 Chapeltown Road\nLeeds",
    postcode: "LS7 4EE",
    latitude: 53.8175,
    longitude: -1.5335,
    openingTimes: "Monday to Saturday, 10am to 3pm",
    needs: "Men’s coats in small and medium, and sleeping bags.",
    status: "ACCEPTING",
  },
  {
    name: "Victoria Road Clothing Bank",
    address: "310 Victoria Road\nGovanhill\nGlasgow",
    postcode: "G42 7RP",
    latitude: 55.8354,
    longitude: -4.2625,
    openingTimes: "Wednesday to Saturday, 11am to 5pm",
    needs: "The warmest coats you can spare, thermal base layers and thick socks.",
    status: "ACCEPTING",
  },
  {
    name: "Cathays Welcome Hall",
    address: "71 Crwys Road\nCathays\nCardiff",
    postcode: "CF24 4NF",
    latitude: 51.4935,
    longitude: -3.173,
    openingTimes: "Monday to Friday, 10am to 6pm",
    needs: "Waterproof coats in any adult size, and rucksacks.",
    status: "ACCEPTING",
  },
  {
    name: "St Benedict’s Street Hall",
    address: "58 St Benedict’s Street\nNorwich",
    postcode: "NR2 4AR",
    latitude: 52.6305,
    longitude: 1.2875,
    openingTimes: "Thursday to Saturday, 10am to 4pm",
    needs: "Men’s coats in small and medium, gloves and woolly hats.",
    status: "ACCEPTING",
  },
];
