using System.Text.Json.Serialization;

namespace Pantau.Data.Writers;

[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class WriterJson : JsonSerializerContext;
