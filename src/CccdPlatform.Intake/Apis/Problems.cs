using CccdPlatform.Intake.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Intake.Apis;

/// <summary>The RFC 7807 answers intake gives besides validation errors.</summary>
public static class Problems
{
    public static ProblemHttpResult OpenApplicationExists(Guid openApplicationId) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The citizen already has an open application.",
        detail: $"Application {openApplicationId} is still open; it must be delivered or cancelled before another is received.",
        extensions: new Dictionary<string, object?> { ["openApplicationId"] = openApplicationId });

    public static ProblemHttpResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "This Idempotency-Key was already used for a different request.",
        detail: "Send a new key for a new application; resend the same body to get the first answer again.");

    public static ProblemHttpResult InvalidIdempotencyKey() => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Use 1 to 200 printable ASCII characters, e.g. a UUID."] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The Idempotency-Key header is not valid.",
    });

    public static ProblemHttpResult CannotMove(ApplicationStatus from, ApplicationStatus to) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"An application that is {from} cannot become {to}.",
        extensions: new Dictionary<string, object?> { ["currentStatus"] = from.ToString() });
}
