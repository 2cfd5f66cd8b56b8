using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pantau.Connectors.Webhooks;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, MaxDepth = 16)]
[JsonSerializable(typeof(WebhookDelivery))]
internal sealed partial class WebhookJson : JsonSerializerContext;
