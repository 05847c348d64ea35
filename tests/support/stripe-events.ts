// Stripe webhook events for tests, built as Stripe's API renders them at the version the SDK pins
// (2026-10-28): typed with the `stripe` package's own types (Checkout.Session, Charge, Invoice with
// `parent.subscription_details`, Subscription, Customer), wrapped in an event envelope, serialised
// the way Stripe sends them (pretty-printed JSON) and signed with the SDK's own test helper, so
// `Stripe.webhooks.constructEvent` in the webhook verifies them exactly as it would Stripe's.
import crypto from "node:crypto";
import Stripe from "stripe";
import type { FakeCheckoutSession } from "./fake-stripe";

/** The API version the SDK pins (stripe@23): what `api_version` says on events sent to this endpoint. */
export const STRIPE_API_VERSION = "2026-10-28.endive";

/** The endpoint's signing secret in tests. */
export const TEST_WEBHOOK_SECRET = "whsec_test_donation_webhook_0123456789abcdef";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A Stripe-style id: `cs_test_…`, `pi_…`, `evt_…` with a random base62 tail. */
export function stripeId(prefix: string, length = 24): string {
  let out = "";
  for (const byte of crypto.randomBytes(length)) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}${out}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const SITE = "https://calaiswinteraid.example";

// ---------------------------------------------------------------------------------------------
// Checkout Sessions

export type SessionOptions = {
  id?: string;
  /** Our donation: in `metadata.donationId` and `client_reference_id`, as the app sets them. */
  donationId: string;
  mode: "payment" | "subscription";
  amountTotal: number;
  status?: "open" | "complete" | "expired";
  paymentStatus?: "paid" | "unpaid" | "no_payment_required";
  /** Payment mode, once the donor has paid or started paying. */
  paymentIntent?: string | null;
  customer?: string | null;
  /** Subscription mode, once complete. */
  subscription?: string | null;
  invoice?: string | null;
  /** What the donor typed on Stripe's page (customer_details); null before completion. */
  email?: string | null;
  name?: string | null;
  /** What the app passed as customer_email. */
  customerEmail?: string | null;
  created?: number;
};

/** A Checkout Session as the API returns it (and as checkout.session.* events carry it). */
export function checkoutSession(o: SessionOptions): Stripe.Checkout.Session {
  const id = o.id ?? stripeId("cs_test_", 58);
  const status = o.status ?? "complete";
  const created = o.created ?? nowSeconds() - 600;
  const completed = status === "complete";
  const email = o.email === undefined ? (o.customerEmail ?? null) : o.email;
  return {
    id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: o.amountTotal,
    amount_total: o.amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: `${SITE}/donate`,
    client_reference_id: o.donationId,
    client_secret: null,
    collected_information: completed ? { business_name: null, individual_name: null, shipping_details: null } : null,
    consent: null,
    consent_collection: null,
    created,
    currency: "gbp",
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: o.customer ?? null,
    customer_account: null,
    customer_creation: o.mode === "payment" ? "if_required" : null,
    customer_details: completed
      ? {
          address: { city: null, country: "GB", line1: null, line2: null, postal_code: "CT16 1AA", state: null },
          business_name: null,
          email,
          individual_name: null,
          name: o.name ?? null,
          phone: null,
          tax_exempt: "none",
          tax_ids: [],
        }
      : null,
    customer_email: o.customerEmail ?? null,
    discounts: [],
    expires_at: created + 24 * 3600,
    integration_identifier: null,
    invoice: o.invoice ?? null,
    invoice_creation:
      o.mode === "payment"
        ? {
            enabled: false,
            invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: null, metadata: {}, rendering_options: null },
          }
        : null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: { donationId: o.donationId },
    mode: o.mode,
    origin_context: null,
    payment_intent: o.paymentIntent ?? null,
    payment_link: null,
    payment_method_collection: o.mode === "subscription" ? "always" : "if_required",
    payment_method_configuration_details: null,
    payment_method_options: o.mode === "payment" ? { card: { request_three_d_secure: "automatic" } } : null,
    payment_method_types: ["card"],
    payment_status: o.paymentStatus ?? (completed ? "paid" : "unpaid"),
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status,
    submit_type: o.mode === "payment" ? "donate" : null,
    subscription: o.subscription ?? null,
    success_url: `${SITE}/donate/thanks?session_id={CHECKOUT_SESSION_ID}`,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: status === "open" ? `https://checkout.stripe.com/c/pay/${id}` : null,
    wallet_options: null,
  };
}

/** The typed API object for a session the local fake Stripe holds (after complete(), say). */
export function sessionFromFake(s: FakeCheckoutSession): Stripe.Checkout.Session {
  const donationId = s.metadata.donationId ?? s.client_reference_id;
  if (!donationId) throw new Error(`fake session ${s.id} has no donationId`);
  return checkoutSession({
    id: s.id,
    donationId,
    mode: s.mode,
    amountTotal: s.amount_total,
    status: s.status,
    paymentStatus: s.payment_status,
    paymentIntent: s.payment_intent,
    customer: s.customer,
    subscription: s.subscription,
    invoice: s.invoice,
    email: s.customer_details?.email ?? null,
    name: s.customer_details?.name ?? null,
    customerEmail: s.customer_email,
    created: s.created,
  });
}

// ---------------------------------------------------------------------------------------------
// Charges (charge.refunded)

export type ChargeOptions = {
  id?: string;
  paymentIntent: string | null;
  /** What was charged: the gift plus any card fee the donor covered. */
  amount: number;
  /** The running total refunded so far on this charge. */
  amountRefunded: number;
  customer?: string | null;
  email?: string | null;
  name?: string | null;
  created?: number;
};

export function charge(o: ChargeOptions): Stripe.Charge {
  const id = o.id ?? stripeId("ch_");
  return {
    id,
    object: "charge",
    amount: o.amount,
    amount_captured: o.amount,
    amount_refunded: o.amountRefunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: stripeId("txn_"),
    billing_details: {
      address: { city: null, country: "GB", line1: null, line2: null, postal_code: "CT16 1AA", state: null },
      email: o.email ?? null,
      name: o.name ?? null,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: "CALAIS WINTER AID",
    captured: true,
    created: o.created ?? nowSeconds() - 500,
    currency: "gbp",
    customer: o.customer ?? null,
    description: null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      risk_score: 12,
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: o.paymentIntent,
    payment_method: stripeId("pm_"),
    payment_method_details: {
      type: "card",
      card: {
        amount_authorized: o.amount,
        authorization_code: "123456",
        brand: "visa",
        checks: { address_line1_check: null, address_postal_code_check: "pass", cvc_check: "pass" },
        country: "GB",
        electronic_commerce_indicator: null,
        exp_month: 12,
        exp_year: 2030,
        funding: "debit",
        installments: null,
        last4: "4242",
        mandate: null,
        network: "visa",
        network_transaction_id: "1234567890123456",
        regulated_status: "unregulated",
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    receipt_email: null,
    receipt_number: null,
    receipt_url: `https://pay.stripe.com/receipts/payment/${stripeId("", 40)}`,
    refunded: o.amountRefunded >= o.amount,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Disputes (charge.dispute.*)

export type DisputeOptions = {
  id?: string;
  paymentIntent: string;
  charge?: string;
  /** What the bank disputes: the whole charge (gift plus any covered fee). */
  amount: number;
  status: Stripe.Dispute.Status;
  created?: number;
};

/**
 * A card dispute as the API renders it, with the fields the webhook and staff read. Its
 * `evidence` (some thirty nullable fields for the charity's response, none read here) is left
 * empty, hence the one cast.
 */
export function dispute(o: DisputeOptions): Stripe.Dispute {
  const created = o.created ?? nowSeconds() - 200;
  const object = {
    id: o.id ?? stripeId("dp_"),
    object: "dispute",
    amount: o.amount,
    balance_transactions: [],
    charge: o.charge ?? stripeId("ch_"),
    created,
    currency: "gbp",
    enhanced_eligibility_types: [],
    evidence: {},
    evidence_details: { due_by: created + 7 * 24 * 3600, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0 },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: o.paymentIntent,
    reason: "fraudulent",
    status: o.status,
  };
  return object as unknown as Stripe.Dispute;
}

export type DisputeEventType =
  "charge.dispute.created" | "charge.dispute.updated" | "charge.dispute.closed" | "charge.dispute.funds_withdrawn" | "charge.dispute.funds_reinstated";

export function disputeEvent(type: DisputeEventType, object: Stripe.Dispute, options: EnvelopeOptions = {}): Stripe.Event {
  const base = envelope(options);
  const data = { object };
  switch (type) {
    case "charge.dispute.created":
      return { ...base, type, data };
    case "charge.dispute.updated":
      return { ...base, type, data };
    case "charge.dispute.closed":
      return { ...base, type, data };
    case "charge.dispute.funds_withdrawn":
      return { ...base, type, data };
    case "charge.dispute.funds_reinstated":
      return { ...base, type, data };
  }
}

// ---------------------------------------------------------------------------------------------
// Invoices (invoice.paid)

export type InvoiceOptions = {
  id?: string;
  subscription: string;
  /** `subscription_data[metadata][donationId]`, copied by Stripe onto every invoice's parent. */
  donationId: string;
  customer: string;
  amount: number;
  billingReason: "subscription_create" | "subscription_cycle";
  email?: string | null;
  created?: number;
  /** False for an invoice whose payment failed (invoice.payment_failed): open, nothing paid. */
  paid?: boolean;
  currency?: string;
};

export function invoice(o: InvoiceOptions): Stripe.Invoice {
  const id = o.id ?? stripeId("in_");
  const paid = o.paid ?? true;
  const currency = o.currency ?? "gbp";
  const created = o.created ?? nowSeconds() - 300;
  const periodEnd = created + 30 * 24 * 3600;
  const metadata = { donationId: o.donationId };
  const line: Stripe.InvoiceLineItem = {
    id: stripeId("il_"),
    object: "line_item",
    amount: o.amount,
    currency: "gbp",
    description: "1 × Monthly gift (at £" + (o.amount / 100).toFixed(2) + " / month)",
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: id,
    livemode: false,
    metadata,
    parent: {
      type: "subscription_item_details",
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        proration_details: { credited_items: null },
        subscription: o.subscription,
        subscription_item: stripeId("si_", 14),
      },
    },
    period: { start: created, end: periodEnd },
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: stripeId("price_"), product: stripeId("prod_", 14) },
      unit_amount_decimal: Stripe.Decimal.from(o.amount),
    },
    quantity: 1,
    quantity_decimal: Stripe.Decimal.from(1),
    subscription: o.subscription,
    subtotal: o.amount,
    taxes: [],
  };
  return {
    id,
    object: "invoice",
    account_country: "GB",
    account_name: "Calais Winter Aid",
    account_tax_ids: null,
    amount_due: o.amount,
    amount_overpaid: 0,
    amount_paid: paid ? o.amount : 0,
    amount_remaining: paid ? 0 : o.amount,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: false,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: o.billingReason,
    collection_method: "charge_automatically",
    created,
    currency,
    custom_fields: null,
    customer: o.customer,
    customer_account: null,
    customer_address: null,
    customer_email: o.email ?? null,
    customer_name: null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: created,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `https://invoice.stripe.com/i/${stripeId("acct_", 16)}/test_${stripeId("", 40)}`,
    invoice_pdf: `https://pay.stripe.com/invoice/${stripeId("acct_", 16)}/test_${stripeId("", 40)}/pdf`,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: [line], has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: paid ? null : created + 3 * 24 * 3600,
    number: `${stripeId("", 8).toUpperCase()}-0001`,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata, subscription: o.subscription },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: created,
    period_start: created,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: paid ? "paid" : "open",
    status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created + 2 : null, voided_at: null },
    subtotal: o.amount,
    subtotal_excluding_tax: o.amount,
    test_clock: null,
    total: o.amount,
    total_discount_amounts: [],
    total_excluding_tax: o.amount,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: created,
  };
}

// ---------------------------------------------------------------------------------------------
// Subscriptions (customer.subscription.deleted)

export type SubscriptionOptions = {
  id: string;
  customer: string;
  /** `subscription_data[metadata][donationId]`. */
  donationId: string;
  amount: number;
  status?: "active" | "canceled";
  latestInvoice?: string | null;
  created?: number;
  /** When it was cancelled (status canceled). */
  canceledAt?: number;
};

export function subscription(o: SubscriptionOptions): Stripe.Subscription {
  const created = o.created ?? nowSeconds() - 3600;
  const status = o.status ?? "canceled";
  const canceledAt = status === "canceled" ? (o.canceledAt ?? nowSeconds() - 60) : null;
  const metadata = { donationId: o.donationId };
  const productId = stripeId("prod_", 14);
  const recurring = { interval: "month" as const, interval_count: 1, meter: null, trial_period_days: null, usage_type: "licensed" as const };
  const price: Stripe.Price = {
    id: stripeId("price_"),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created,
    currency: "gbp",
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: productId,
    recurring,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: "recurring",
    unit_amount: o.amount,
    unit_amount_decimal: Stripe.Decimal.from(o.amount),
  };
  const plan: Stripe.Plan = {
    id: price.id,
    object: "plan",
    active: false,
    amount: o.amount,
    amount_decimal: Stripe.Decimal.from(o.amount),
    billing_scheme: "per_unit",
    created,
    currency: "gbp",
    interval: "month",
    interval_count: 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: productId,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
  const periodEnd = created + 30 * 24 * 3600;
  return {
    id: o.id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: created,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: { proration_discounts: "included" }, type: "flexible", updated_at: created },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: canceledAt,
    cancellation_details: status === "canceled" ? { comment: null, feedback: null, feedback_option: null, reason: "cancellation_requested" } : null,
    collection_method: "charge_automatically",
    created,
    currency: "gbp",
    customer: o.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: stripeId("pm_"),
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: canceledAt,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: {
      object: "list",
      data: [
        {
          id: stripeId("si_", 14),
          object: "subscription_item",
          billing_thresholds: null,
          created,
          current_period_end: periodEnd,
          current_period_start: created,
          current_trial: null,
          discounts: [],
          metadata: {},
          plan,
          price,
          quantity: 1,
          subscription: o.id,
          tax_rates: [],
        },
      ],
      has_more: false,
      url: `/v1/subscription_items?subscription=${o.id}`,
    },
    latest_invoice: o.latestInvoice ?? null,
    livemode: false,
    managed_payments: null,
    metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: created,
    status,
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Customers (customer.created: an event type the webhook does not handle)

export function customer(o: { id?: string; email: string; name?: string | null }): Stripe.Customer {
  return {
    id: o.id ?? stripeId("cus_", 14),
    object: "customer",
    address: null,
    balance: 0,
    created: nowSeconds() - 60,
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: o.email,
    invoice_prefix: stripeId("", 8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: o.name ?? null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Events, payloads and signatures

type EnvelopeOptions = { id?: string; created?: number };

/** What every event shares: its id, when Stripe created it, and the API version it is rendered at. */
function envelope(options: EnvelopeOptions) {
  return {
    id: options.id ?? stripeId("evt_"),
    object: "event" as const,
    api_version: STRIPE_API_VERSION,
    created: options.created ?? nowSeconds(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

export type CheckoutEventType =
  "checkout.session.completed" | "checkout.session.async_payment_succeeded" | "checkout.session.async_payment_failed" | "checkout.session.expired";

export function checkoutEvent(type: CheckoutEventType, session: Stripe.Checkout.Session, options: EnvelopeOptions = {}): Stripe.Event {
  const base = envelope(options);
  const data = { object: session };
  switch (type) {
    case "checkout.session.completed":
      return { ...base, type, data };
    case "checkout.session.async_payment_succeeded":
      return { ...base, type, data };
    case "checkout.session.async_payment_failed":
      return { ...base, type, data };
    case "checkout.session.expired":
      return { ...base, type, data };
  }
}

export function chargeRefundedEvent(object: Stripe.Charge, options: EnvelopeOptions = {}): Stripe.ChargeRefundedEvent {
  return { ...envelope(options), type: "charge.refunded", data: { object } };
}

export function invoicePaidEvent(object: Stripe.Invoice, options: EnvelopeOptions = {}): Stripe.InvoicePaidEvent {
  return { ...envelope(options), type: "invoice.paid", data: { object } };
}

export function invoicePaymentFailedEvent(object: Stripe.Invoice, options: EnvelopeOptions = {}): Stripe.InvoicePaymentFailedEvent {
  return { ...envelope(options), type: "invoice.payment_failed", data: { object } };
}

export function subscriptionDeletedEvent(object: Stripe.Subscription, options: EnvelopeOptions = {}): Stripe.CustomerSubscriptionDeletedEvent {
  return { ...envelope(options), type: "customer.subscription.deleted", data: { object } };
}

export function customerCreatedEvent(object: Stripe.Customer, options: EnvelopeOptions = {}): Stripe.CustomerCreatedEvent {
  return { ...envelope(options), type: "customer.created", data: { object } };
}

/** The body Stripe posts: the event as pretty-printed JSON. The same bytes on every redelivery. */
export function eventPayload(event: Stripe.Event): string {
  return JSON.stringify(event, null, 2);
}

/** A `Stripe-Signature` header for `payload`, signed now (or at `timestamp`, in seconds). */
export function signPayload(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? TEST_WEBHOOK_SECRET,
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
  });
}

export type SignedDelivery = { body: string; signature: string };

/** One delivery of `event`: its payload and a fresh signature, as Stripe sends each attempt. */
export function signedDelivery(event: Stripe.Event, options: { secret?: string; timestamp?: number } = {}): SignedDelivery {
  const body = eventPayload(event);
  return { body, signature: signPayload(body, options) };
}
