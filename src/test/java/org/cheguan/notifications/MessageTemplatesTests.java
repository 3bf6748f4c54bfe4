package org.cheguan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MessageTemplatesTests {

	final MessageTemplates templates = new MessageTemplates();

	@Test
	void rendersTheOneTimeCodeInChinese() {
		assertThat(templates.render("one-time-code", Map.of("code", "482913", "minutes", 5)))
			.isEqualTo("【武汉车管】您的登录验证码为 482913，5 分钟内有效。请勿告诉他人。");
	}

	@Test
	void rendersALinkWithCharactersThatAreSpecialToRegularExpressions() {
		assertThat(templates.render("rating-invitation",
				Map.of("service", "机动车注册登记", "link", "https://cg.example/r/$1?a=b\\c")))
			.endsWith("：https://cg.example/r/$1?a=b\\c");
	}

	@Test
	void rejectsAnUnknownTemplate() {
		assertThatIllegalArgumentException().isThrownBy(() -> templates.render("no-such-template", Map.of()))
			.withMessageContaining("no-such-template");
	}

	@Test
	void rejectsAMissingParameter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> templates.render("one-time-code", Map.of("code", "482913")))
			.withMessageContaining("minutes");
	}
}
