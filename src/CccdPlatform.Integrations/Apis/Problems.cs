using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Integrations.Apis;

/// <summary>The RFC 7807 answers of the integrations API besides validation errors.</summary>
public static class Problems
{
    public static ProblemHttpResult BrokerUnavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The message broker could not set up or remove the queue. Try again shortly.");

    public static ProblemHttpResult TooManySubscriptions(int max) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"You have {max} subscriptions, the most allowed.",
        detail: "Delete one, or subscribe one of them to more event types.");

    public static ProblemHttpResult NoDeliveries() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "A queue subscription has no deliveries to replay: its events wait in its queue until read.");

    public static ProblemHttpResult AlreadyPending() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This delivery is still being tried.");
}
