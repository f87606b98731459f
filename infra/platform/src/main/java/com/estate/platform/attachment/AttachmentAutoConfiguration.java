package com.estate.platform.attachment;

import com.estate.platform.web.LargerBodyLimit;
import com.estate.platform.web.Problems;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The file store every service shares (infra/ARCHITECTURE.md §12). Multipart parts go to disk from their first
 * byte (never whole in memory) and may be as large as the largest kind allows; only requests to the upload paths
 * are parsed as multipart or may be that large; each kind's own limit is enforced while the file streams into the
 * store.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = MultipartAutoConfiguration.class)
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentAutoConfiguration {

    /** Room for the form's other fields and the parts' headers. */
    static final long MULTIPART_OVERHEAD = DataSize.ofMegabytes(1).toBytes();

    @Bean
    GridFsFiles attachmentFiles(MongoTemplate mongo, AttachmentProperties properties) {
        GridFsFiles files = new GridFsFiles(mongo, properties.bucket());
        files.createIndexes();
        return files;
    }

    @Bean
    AttachmentChecks attachmentChecks(MongoTemplate mongo) {
        return new AttachmentChecks(mongo);
    }

    @Bean
    ContentTypeDetector contentTypeDetector() {
        return new ContentTypeDetector();
    }

    @Bean
    Attachments attachments(GridFsFiles files, AttachmentChecks checks, ContentTypeDetector detector,
            AttachmentProperties properties, Clock clock) {
        return new Attachments(files, checks, detector, properties, clock);
    }

    @Bean
    AttachmentSweeper attachmentSweeper(GridFsFiles files, AttachmentChecks checks,
            List<AttachmentReferences> references, AttachmentProperties properties, Clock clock) {
        return new AttachmentSweeper(files, checks, references, properties, clock);
    }

    /** Uploads over HTTP; the store and its sweeper also run in a process without a web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Uploads {

        @Bean
        MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
            MultipartConfigFactory factory = new MultipartConfigFactory();
            factory.setMaxFileSize(DataSize.ofBytes(properties.largestFile()));
            factory.setMaxRequestSize(DataSize.ofBytes(properties.largestFile() + MULTIPART_OVERHEAD));
            factory.setFileSizeThreshold(DataSize.ofBytes(0));
            return factory.createMultipartConfig();
        }

        @Bean
        UploadPaths uploadPaths(AttachmentProperties properties) {
            return new UploadPaths(properties.uploadPaths());
        }

        @Bean
        LargerBodyLimit uploadBodyLimit(UploadPaths uploads, AttachmentProperties properties) {
            long limit = properties.largestFile() + MULTIPART_OVERHEAD;
            return request -> uploads.matches(request) ? OptionalLong.of(limit) : OptionalLong.empty();
        }

        /** Boot's resolver, but for the upload paths only (MVC's own backs off for it). */
        @Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
        StandardServletMultipartResolver multipartResolver(UploadPaths uploads) {
            return new StandardServletMultipartResolver() {
                @Override
                public boolean isMultipart(HttpServletRequest request) {
                    return super.isMultipart(request) && uploads.matches(request);
                }
            };
        }

        @Bean
        UploadProblemAdvice uploadProblemAdvice(Problems problems, AttachmentProperties properties) {
            return new UploadProblemAdvice(problems, properties.largestFile());
        }
    }
}
