package com.estate.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AliyunRpcSignatureTest {

    /**
     * The worked SendSms example of Alibaba Cloud's SMS documentation: the parameters and the AccessKey
     * ({@code testId} / {@code testSecret}, capital S as the documentation's code has it) are those of
     * help.aliyun.com/document_detail/101343 ("请求签名"), and the request it signs, with
     * {@code Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D}, is shown in developer.aliyun.com/ask/218522
     * ("HTTP协议及签名"). The nonce and timestamp are the example's; the excerpt found showed only the start of that
     * request, so they were confirmed by recomputing the signature independently with python3 (urllib.parse.quote
     * with safe="-_.~", hmac, base64), which reproduced the published value. The expected string to sign below comes
     * from that same python3 computation.
     */
    private static Map<String, String> documentedSendSms() {
        Map<String, String> parameters = new LinkedHashMap<>();
        // deliberately not in sorted order: sorting is part of what is tested
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("AccessKeyId", "testId");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Format", "XML");
        parameters.put("Action", "SendSms");
        parameters.put("Version", "2017-05-25");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("OutId", "123");
        return parameters;
    }

    @Test
    void signsTheDocumentedSendSmsExample() {
        assertThat(AliyunRpcSignature.sign("GET", documentedSendSms(), "testSecret"))
                .isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void buildsTheDocumentedStringToSign() {
        assertThat(AliyunRpcSignature.stringToSign("GET", documentedSendSms())).isEqualTo("GET&%2F&"
                + "AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123"
                + "%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou"
                + "%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1"
                + "%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466"
                + "%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007"
                + "%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D"
                + "%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25");
    }

    @Test
    void theSecretChangesTheSignature() {
        // the key is the secret plus "&": a lower-case secret must give another signature
        assertThat(AliyunRpcSignature.sign("GET", documentedSendSms(), "testsecret"))
                .isNotEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void percentEncodesLikeRfc3986NotLikeHtmlForms() {
        assertThat(AliyunRpcSignature.percentEncode("a b")).isEqualTo("a%20b");
        assertThat(AliyunRpcSignature.percentEncode("a*b")).isEqualTo("a%2Ab");
        assertThat(AliyunRpcSignature.percentEncode("a+b")).isEqualTo("a%2Bb");
        assertThat(AliyunRpcSignature.percentEncode("-_.~AZaz09")).isEqualTo("-_.~AZaz09");
        assertThat(AliyunRpcSignature.percentEncode("/=&:\"")).isEqualTo("%2F%3D%26%3A%22");
        assertThat(AliyunRpcSignature.percentEncode("物业")).isEqualTo("%E7%89%A9%E4%B8%9A");
    }

    @Test
    void sortsParametersByName() {
        assertThat(AliyunRpcSignature.canonicalizedQuery(Map.of("b", "2", "a", "1", "B", "3")))
                .isEqualTo("B=3&a=1&b=2");
    }

    @Test
    void refusesASignatureAmongItsInputs() {
        Map<String, String> parameters = documentedSendSms();
        parameters.put("Signature", "x");
        assertThatThrownBy(() -> AliyunRpcSignature.sign("GET", parameters, "testSecret"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
