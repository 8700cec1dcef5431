namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// Compares face templates: 1:N against everyone enrolled, and 1:1 against one enrolled template. It is given
/// templates and opaque ids only, never a name or an ID number, so an external ABIS can take its place.
/// </summary>
public interface IFaceMatcher
{
    /// <summary>Adds a template to the gallery. Enrolling a template id that is already there changes nothing.</summary>
    /// <param name="templateId">The template's opaque id (the capture that produced it).</param>
    /// <param name="subjectId">An opaque id of the person, the same for all of that person's templates.</param>
    /// <param name="template">The face template as the capture SDK produced it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask EnrolAsync(Guid templateId, Guid subjectId, ReadOnlyMemory<float> template, CancellationToken cancellationToken);

    /// <summary>
    /// The enrolled templates of other people whose cosine similarity to the probe is at least the threshold, most
    /// similar first, at most <paramref name="maxCandidates"/>.
    /// </summary>
    ValueTask<IReadOnlyList<FaceCandidate>> SearchAsync(
        ReadOnlyMemory<float> probe, Guid excludedSubjectId, double threshold, int maxCandidates,
        CancellationToken cancellationToken);

    /// <summary>The cosine similarity of the probe to one enrolled template, or null when that template is not enrolled.</summary>
    ValueTask<double?> VerifyAsync(ReadOnlyMemory<float> probe, Guid templateId, CancellationToken cancellationToken);
}
