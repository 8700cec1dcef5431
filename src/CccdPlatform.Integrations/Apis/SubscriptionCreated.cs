namespace CccdPlatform.Integrations.Apis;

public sealed record SubscriptionCreated(SubscriptionView Subscription, Credentials Credentials);
