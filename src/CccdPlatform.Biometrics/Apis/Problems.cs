using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Biometrics.Apis;

public static class Problems
{
    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult ConcurrentChange() =>
        Conflict("Someone else changed this application at the same moment.", "Read it again, then retry.");
}
