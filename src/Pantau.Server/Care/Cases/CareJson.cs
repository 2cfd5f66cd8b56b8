using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pantau.Server.Care.Cases;

/// <summary>The small JSON objects the case timeline keeps in <c>DataJson</c>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AssignmentData))]
[JsonSerializable(typeof(StatusChangeData))]
[JsonSerializable(typeof(NoteData))]
[JsonSerializable(typeof(CorrectionData))]
internal sealed partial class CareJson : JsonSerializerContext;

public sealed record StatusChangeData(string From, string To, string? Cause = null);

/// <summary>A note's @mentioned colleagues.</summary>
public sealed record NoteData(IReadOnlyList<Guid> Mentioned);

public sealed record CorrectionData(string Field, string From, string To);
