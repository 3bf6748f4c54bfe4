package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Open311 GeoReport v2 face over HTTP, as a third-party client uses it: anonymous, form-encoded posts, JSON and
 * XML, the standard error list with the HTTP status as code.
 */
@CheguanTest
class Open311Tests {

	static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	int port;

	Api client() {
		return Api.at(port);
	}

	static String form(String... pairs) {
		var out = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (!out.isEmpty()) {
				out.append('&');
			}
			out.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return out.toString();
	}

	Api.Response post(String format, String body) {
		return client().send("POST", "/open311/v2/requests." + format, body, FORM);
	}

	String postOk(String... pairs) {
		var response = post("json", form(pairs));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get(0).path("service_request_id").asString();
	}

	@Test
	void listsTheFiveServicesInJsonAndXml() {
		var json = client().get("/open311/v2/services.json");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.json()).hasSize(5);
		assertThat(json.json().get(0).path("service_code").asString()).isEqualTo("consultation");
		assertThat(json.json().get(0).path("type").asString()).isEqualTo("realtime");
		assertThat(json.json().get(0).path("metadata").asBoolean()).isTrue();
		var xml = client().header("Accept-Language", "en").get("/open311/v2/services.xml?jurisdiction_id=420100");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.header("Content-Type")).startsWith("text/xml");
		assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>")
			.contains("<service_code>praise</service_code>", "<service_name>Praise</service_name>");
	}

	@Test
	void publishesTheServiceDiscoveryDocument() {
		var json = client().get("/open311/discovery.json");
		assertThat(json.status()).isEqualTo(200);
		var endpoint = json.json().path("endpoints").get(0);
		assertThat(endpoint.path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.path("url").asString()).endsWith("/open311/v2");
		assertThat(endpoint.path("formats").get(1).asString()).isEqualTo("application/json");
		assertThat(client().get("/open311/discovery.xml").body()).contains("<discovery>",
				"<formats><format>text/xml</format><format>application/json</format></formats>");
	}

	@Test
	void describesEachServiceAndRefusesUnknownOnes() {
		var praise = client().get("/open311/v2/services/praise.json");
		assertThat(praise.status()).isEqualTo(200);
		assertThat(praise.json().path("service_code").asString()).isEqualTo("praise");
		assertThat(praise.json().path("attributes").get(0).path("code").asString()).isEqualTo("staff_id");
		var help = client().get("/open311/v2/services/help.xml");
		assertThat(help.body()).contains("<service_definition><service_code>help</service_code><attributes>",
				"<datatype>singlevaluelist</datatype>", "<values><value><key>app</key>").doesNotContain("staff_id");
		var unknown = client().get("/open311/v2/services/pothole.json");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get(0).path("code").asInt()).isEqualTo(404);
		assertThat(unknown.json().get(0).path("description").asString()).isNotBlank();
		var unknownXml = client().get("/open311/v2/services/pothole.xml");
		assertThat(unknownXml.status()).isEqualTo(404);
		assertThat(unknownXml.body()).contains("<errors><error><code>404</code><description>");
		assertThat(client().get("/open311/v2/services.csv").status()).isEqualTo(404);
		assertThat(client().get("/open311/v2/services.json?jurisdiction_id=110000").status()).isEqualTo(404);
	}

	@Test
	void aPostedRequestCanBeReadBackAndCreditsTheStaffMemberPraised() {
		var id = postOk("service_code", "praise", "lat", "30.55", "long", "114.31", "description",
				"感谢窗口民警耐心讲解", "phone", "13912345678", "email", "gu@example.com", "first_name", "古",
				"attribute[staff_id]", "clerk", "jurisdiction_id", "420100", "api_key", "any-demo-key");
		assertThat(id).startsWith("RX");

		var json = client().get("/open311/v2/requests/" + id + ".json");
		assertThat(json.status()).isEqualTo(200);
		var request = json.json().get(0);
		assertThat(request.path("service_request_id").asString()).isEqualTo(id);
		assertThat(request.path("status").asString()).isEqualTo("open");
		assertThat(request.path("service_code").asString()).isEqualTo("praise");
		assertThat(request.path("description").asString()).isEqualTo("感谢窗口民警耐心讲解");
		assertThat(request.path("agency_responsible").asString()).isEqualTo("机动车登记科");
		assertThat(request.path("requested_datetime").asString()).endsWith("+08:00");
		assertThat(request.path("lat").asDouble()).isEqualTo(30.55);
		assertThat(json.body()).doesNotContain("13912345678", "gu@example.com");

		var xml = client().get("/open311/v2/requests/" + id + ".xml");
		assertThat(xml.body()).contains("<service_requests><request><service_request_id>" + id);

		var record = Api.at(port).as("supervisor").get("/api/v1/staff/clerk/commendations");
		assertThat(record.body()).contains(id);
	}

	@Test
	void findsRequestsByIdsServiceStatusAndDatesWithPages() {
		var complaint = postOk("service_code", "complaint", "address_string", "江岸区某服务站", "description", "窗口排队太久");
		var suggestion = postOk("service_code", "suggestion", "address_id", "A-17", "description", "建议增加自助机");
		var ticket = Api.at(port).as("agent").get("/api/v1/hotline/tickets?kind=complaint&size=200").json();
		String complaintId = null;
		for (var row : ticket) {
			if (row.path("number").asString().equals(complaint)) {
				complaintId = row.path("id").asString();
			}
		}
		assertThat(complaintId).isNotNull();
		Api.at(port).as("agent").post("/api/v1/hotline/tickets/" + complaintId + "/events",
				"{\"kind\":\"CLOSE\",\"note\":\"已增开窗口，向来电人致歉\"}");
		var both = complaint + "," + suggestion;

		var closed = client().get("/open311/v2/requests.json?status=closed&service_request_id=" + both);
		assertThat(closed.json()).hasSize(1);
		assertThat(closed.json().get(0).path("service_request_id").asString()).isEqualTo(complaint);
		assertThat(closed.json().get(0).path("status_notes").asString()).contains("已增开窗口");

		var bySuggestion = client().get("/open311/v2/requests.json?service_code=suggestion&service_request_id=" + both);
		assertThat(bySuggestion.json()).hasSize(1);
		assertThat(bySuggestion.json().get(0).path("service_request_id").asString()).isEqualTo(suggestion);

		var future = client().get("/open311/v2/requests.json?start_date=2099-01-01T00:00:00%2B08:00&service_request_id="
				+ both);
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.json()).isEmpty();
		var window = client().get("/open311/v2/requests.json?start_date=2025-01-01T00:00:00Z&end_date=2099-01-01T00:00:00Z"
				+ "&service_request_id=" + both);
		assertThat(window.json()).hasSize(2);

		var page1 = client().get("/open311/v2/requests.json?page_size=1&page=1&service_request_id=" + both);
		var page2 = client().get("/open311/v2/requests.json?page_size=1&page=2&service_request_id=" + both);
		assertThat(page1.json()).hasSize(1);
		assertThat(page2.json()).hasSize(1);
		assertThat(page1.json().get(0).path("service_request_id").asString())
			.isNotEqualTo(page2.json().get(0).path("service_request_id").asString());

		var recent = client().get("/open311/v2/requests.xml?status=open,closed");
		assertThat(recent.status()).isEqualTo(200);
		assertThat(recent.body()).contains("<service_requests>", suggestion);
	}

	@Test
	void aCallsDescriptionAndPhoneStayPrivate() {
		var created = Api.at(port).as("agent").post("/api/v1/hotline/tickets",
				"{\"kind\":\"help\",\"callerMobile\":\"13987654321\",\"description\":\"私人诉求内容\"}");
		var number = created.json().path("number").asString();
		var view = client().get("/open311/v2/requests/" + number + ".json");
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.body()).doesNotContain("私人诉求内容", "13987654321", "4321");
		assertThat(view.json().get(0).path("status").asString()).isEqualTo("open");
	}

	@Test
	void refusesBadRequestsWithTheStandardErrorList() {
		assertError(post("json", form("lat", "30.5", "long", "114.3", "description", "x")), 400);
		assertError(post("json", form("service_code", "pothole", "lat", "30.5", "long", "114.3", "description", "x")), 404);
		assertError(post("json", form("service_code", "help", "description", "no location")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "description", "half a location")), 400);
		assertError(post("json", form("service_code", "help", "lat", "95", "long", "114.3", "description", "x")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "long", "114.3")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "long", "114.3", "description", "x",
				"phone", "12345")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "long", "114.3", "description", "x",
				"attribute[staff_id]", "clerk")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "long", "114.3", "description", "x",
				"attribute[colour]", "red")), 400);
		assertError(post("json", form("service_code", "help", "lat", "30.5", "long", "114.3", "description", "x",
				"jurisdiction_id", "110000")), 404);
		assertError(post("json", form("service_code", "praise", "lat", "30.5", "long", "114.3", "description", "x",
				"attribute[staff_id]", "nobody-here")), 400);
		assertError(client().send("POST", "/open311/v2/requests.json", "{\"service_code\":\"help\"}", "application/json"),
				400);
		var xml = post("xml", form("service_code", "help"));
		assertThat(xml.status()).isEqualTo(400);
		assertThat(xml.body()).contains("<errors><error><code>400</code>");
		assertError(client().get("/open311/v2/requests/RX99999999.json"), 404);
		assertError(client().get("/open311/v2/requests.json?start_date=yesterday"), 400);
		assertError(client().get("/open311/v2/requests.json?status=pending"), 400);
		assertError(client().get("/open311/v2/requests.json?page_size=1001"), 400);
		assertError(client().get("/open311/v2/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"),
				400);
	}

	private static void assertError(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().isArray()).isTrue();
		assertThat(response.json().get(0).path("code").asInt()).isEqualTo(status);
		assertThat(response.json().get(0).path("description").asString()).isNotBlank();
	}
}
